"""Every operation lkms implements, called through boto3 against `lkms serve`.

Usage: boto3_round_trip.py ENDPOINT. Prints one JSON line of values for the Rust test to check
against the command line (a ciphertext to decrypt there), and exits non-zero on any failure.
"""
import base64
import datetime
import json
import sys
import threading

import boto3
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding

endpoint = sys.argv[1]
kms = boto3.client("kms", endpoint_url=endpoint, region_name="us-east-1")


def error(call, code, message=None, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        got = e.response["Error"]
        assert got["Code"] == code, (got, code)
        if message is not None:
            assert got["Message"] == message, (got["Message"], message)
        assert e.response["ResponseMetadata"]["HTTPStatusCode"] == 400
        assert e.response["ResponseMetadata"]["RequestId"]
        return got
    raise AssertionError(f"{call.__name__} did not fail with {code}")


# Lifecycle.
md = kms.create_key(Description="made by boto3", Tags=[{"TagKey": "by", "TagValue": "boto3"}])["KeyMetadata"]
key = md["KeyId"]
arn = md["Arn"]
assert md["KeyState"] == "Enabled" and md["Enabled"] is True
assert isinstance(md["CreationDate"], datetime.datetime)
age = datetime.datetime.now(datetime.timezone.utc) - md["CreationDate"]
assert abs(age.total_seconds()) < 120, md["CreationDate"]
assert kms.describe_key(KeyId=arn)["KeyMetadata"]["Description"] == "made by boto3"
kms.update_key_description(KeyId=key, Description="renamed")
kms.disable_key(KeyId=key)
error(kms.encrypt, "DisabledException", f"{arn} is disabled.", KeyId=key, Plaintext=b"x")
kms.enable_key(KeyId=key)

# Symmetric cryptography.
ct = kms.encrypt(KeyId=key, Plaintext=b"from boto3", EncryptionContext={"app": "web"})["CiphertextBlob"]
out = kms.decrypt(CiphertextBlob=ct, EncryptionContext={"app": "web"})
assert out["Plaintext"] == b"from boto3" and out["KeyId"] == arn
error(kms.decrypt, "InvalidCiphertextException", CiphertextBlob=ct)
dk = kms.generate_data_key(KeyId=key, KeySpec="AES_256")
assert len(dk["Plaintext"]) == 32
assert kms.decrypt(CiphertextBlob=dk["CiphertextBlob"])["Plaintext"] == dk["Plaintext"]
assert "Plaintext" not in kms.generate_data_key_without_plaintext(KeyId=key, NumberOfBytes=16)
assert len(kms.generate_random(NumberOfBytes=24)["Plaintext"]) == 24
other = kms.create_key()["KeyMetadata"]["KeyId"]
re = kms.re_encrypt(CiphertextBlob=ct, SourceEncryptionContext={"app": "web"}, DestinationKeyId=other)
assert kms.decrypt(CiphertextBlob=re["CiphertextBlob"])["Plaintext"] == b"from boto3"
error(kms.generate_data_key, "ValidationException", KeyId=key, KeySpec="AES_512")

# Aliases, with the paginator.
for i in range(5):
    kms.create_alias(AliasName=f"alias/boto3-{i}", TargetKeyId=key)
kms.update_alias(AliasName="alias/boto3-0", TargetKeyId=other)
names = [a["AliasName"] for p in kms.get_paginator("list_aliases").paginate(PaginationConfig={"PageSize": 2}) for a in p["Aliases"]]
assert [n for n in names if n.startswith("alias/boto3-")] == [f"alias/boto3-{i}" for i in range(5)], names
kms.delete_alias(AliasName="alias/boto3-4")
assert kms.encrypt(KeyId="alias/boto3-0", Plaintext=b"a")["KeyId"].endswith(other)
error(kms.describe_key, "NotFoundException", f"Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.", KeyId="alias/none")

# Tags, policies, rotation.
kms.tag_resource(KeyId=key, Tags=[{"TagKey": "team", "TagValue": "a"}])
kms.untag_resource(KeyId=key, TagKeys=["by"])
assert kms.list_resource_tags(KeyId=key)["Tags"] == [{"TagKey": "team", "TagValue": "a"}]
policy = kms.get_key_policy(KeyId=key)["Policy"]
kms.put_key_policy(KeyId=key, Policy=policy, PolicyName="default")
assert kms.list_key_policies(KeyId=key)["PolicyNames"] == ["default"]
kms.enable_key_rotation(KeyId=key, RotationPeriodInDays=90)
status = kms.get_key_rotation_status(KeyId=key)
assert status["KeyRotationEnabled"] is True and status["RotationPeriodInDays"] == 90
assert isinstance(status["NextRotationDate"], datetime.datetime)
kms.rotate_key_on_demand(KeyId=key)
rotations = kms.list_key_rotations(KeyId=key)["Rotations"]
assert rotations[0]["RotationType"] == "ON_DEMAND" and isinstance(rotations[0]["RotationDate"], datetime.datetime)
kms.disable_key_rotation(KeyId=key)
assert kms.decrypt(CiphertextBlob=ct, EncryptionContext={"app": "web"})["Plaintext"] == b"from boto3"

# Deletion.
doomed = kms.create_key()["KeyMetadata"]["KeyId"]
sched = kms.schedule_key_deletion(KeyId=doomed, PendingWindowInDays=7)
assert sched["KeyState"] == "PendingDeletion" and isinstance(sched["DeletionDate"], datetime.datetime)
kms.cancel_key_deletion(KeyId=doomed)
assert kms.describe_key(KeyId=doomed)["KeyMetadata"]["KeyState"] == "Disabled"

# HMAC, signing, key agreement, data key pairs, ML-KEM.
hmac_key = kms.create_key(KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC")["KeyMetadata"]["KeyId"]
mac = kms.generate_mac(KeyId=hmac_key, MacAlgorithm="HMAC_SHA_256", Message=b"m")["Mac"]
assert kms.verify_mac(KeyId=hmac_key, MacAlgorithm="HMAC_SHA_256", Message=b"m", Mac=mac)["MacValid"]
error(kms.verify_mac, "KMSInvalidMacException", KeyId=hmac_key, MacAlgorithm="HMAC_SHA_256", Message=b"n", Mac=mac)
signer = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
sig = kms.sign(KeyId=signer, Message=b"signed", SigningAlgorithm="ECDSA_SHA_256")["Signature"]
assert kms.verify(KeyId=signer, Message=b"signed", Signature=sig, SigningAlgorithm="ECDSA_SHA_256")["SignatureValid"]
public = serialization.load_der_public_key(kms.get_public_key(KeyId=signer)["PublicKey"])
public.verify(sig, b"signed", ec.ECDSA(hashes.SHA256()))
agreer = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="KEY_AGREEMENT")["KeyMetadata"]["KeyId"]
peer = ec.generate_private_key(ec.SECP256R1())
peer_der = peer.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
secret = kms.derive_shared_secret(KeyId=agreer, KeyAgreementAlgorithm="ECDH", PublicKey=peer_der)["SharedSecret"]
their_public = serialization.load_der_public_key(kms.get_public_key(KeyId=agreer)["PublicKey"])
assert secret == peer.exchange(ec.ECDH(), their_public)
pair = kms.generate_data_key_pair(KeyId=key, KeyPairSpec="ECC_NIST_P256")
assert kms.decrypt(CiphertextBlob=pair["PrivateKeyCiphertextBlob"])["Plaintext"] == pair["PrivateKeyPlaintext"]
assert "PrivateKeyPlaintext" not in kms.generate_data_key_pair_without_plaintext(KeyId=key, KeyPairSpec="RSA_2048")
kem = kms.create_key(KeySpec="ML_KEM_768", KeyUsage="ENCAPSULATE_DECAPSULATE")["KeyMetadata"]["KeyId"]
enc = kms.encapsulate(KeyId=kem, EncapsulationAlgorithm="ML_KEM")
dec = kms.decapsulate(KeyId=kem, EncapsulationAlgorithm="ML_KEM", SharedSecretCiphertextBlob=enc["SharedSecretCiphertextBlob"])
assert dec["SharedSecret"] == enc["SharedSecret"]

# Importing key material, wrapped with pyca/cryptography.
ext = kms.create_key(Origin="EXTERNAL")["KeyMetadata"]
assert ext["KeyState"] == "PendingImport"
params = kms.get_parameters_for_import(KeyId=ext["KeyId"], WrappingAlgorithm="RSAES_OAEP_SHA_256", WrappingKeySpec="RSA_2048")
assert isinstance(params["ParametersValidTo"], datetime.datetime)
wrapping = serialization.load_der_public_key(params["PublicKey"])
material = bytes(range(32))
wrapped = wrapping.encrypt(material, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
valid_to = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=30)
kms.import_key_material(KeyId=ext["KeyId"], ImportToken=params["ImportToken"], EncryptedKeyMaterial=wrapped,
                        ExpirationModel="KEY_MATERIAL_EXPIRES", ValidTo=valid_to)
imported = kms.describe_key(KeyId=ext["KeyId"])["KeyMetadata"]
assert imported["KeyState"] == "Enabled" and imported["ExpirationModel"] == "KEY_MATERIAL_EXPIRES"
assert abs((imported["ValidTo"] - valid_to).total_seconds()) < 0.01, (imported["ValidTo"], valid_to)
ext2 = kms.create_key(Origin="EXTERNAL")["KeyMetadata"]["KeyId"]
error(kms.import_key_material, "InvalidImportTokenException", KeyId=ext2, ImportToken=params["ImportToken"],
      EncryptedKeyMaterial=wrapped, ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE")
kms.delete_imported_key_material(KeyId=ext["KeyId"])

# Paging over keys, and writers in parallel threads.
def make_keys():
    c = boto3.client("kms", endpoint_url=endpoint, region_name="us-east-1")
    for _ in range(5):
        c.create_key(Description="parallel")
threads = [threading.Thread(target=make_keys) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
pages = list(kms.get_paginator("list_keys").paginate(PaginationConfig={"PageSize": 3}))
assert len(pages) > 1 and all(p["Truncated"] for p in pages[:-1]) and not pages[-1]["Truncated"]
ids = [k["KeyId"] for p in pages for k in p["Keys"]]
assert len(ids) == len(set(ids)) and key in ids

# Errors the server raises itself.
error(kms.describe_key, "NotFoundException", "Invalid keyId 'nope'", KeyId="nope")
error(kms.create_key, "ValidationException", KeySpec="AES_512")

print(json.dumps({"key": key, "ciphertext": base64.b64encode(ct).decode(), "keys": len(ids)}))
