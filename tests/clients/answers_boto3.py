"""Issue 15 through boto3 against `lkms serve`: AWS's exact codes and texts, item by item.

Usage: answers_boto3.py ENDPOINT FIXTURE.json. The fixture names keys the Rust test prepared on
the command line (same keystore) and an openssl-made RSA ciphertext. Prints "ok" and exits 0
when every check holds; raises (non-zero exit) at the first that does not.
"""
import json
import os
import re
import sys

import boto3
from botocore.exceptions import ClientError
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

endpoint, fixture_path = sys.argv[1], sys.argv[2]
fx = json.load(open(fixture_path))
kms = boto3.client("kms", endpoint_url=endpoint, region_name="us-east-1")
ACCOUNT = "111122223333"


def arn(key_id):
    return f"arn:aws:kms:us-east-1:{ACCOUNT}:key/{key_id}"


def fails(call, code, message=None, **kwargs):
    """Calls; expects ClientError `code` with exactly `message` (None: no message at all)."""
    try:
        call(**kwargs)
    except ClientError as e:
        err = e.response["Error"]
        assert err["Code"] == code, (call.__name__, err, code)
        if message is None:
            # No message member on the wire: botocore's Message is '' and the parsed error has
            # no modeled 'message' field.
            assert err["Message"] == "", (call.__name__, err)
            assert "message" not in e.response, (call.__name__, e.response)
        else:
            assert err["Message"] == message, (call.__name__, err["Message"], message)
            # Modeled exceptions also come back as a parsed 'message' field (ValidationException
            # is not in the model, so botocore parses no field for it).
            assert e.response.get("message", message) == message, (call.__name__, e.response)
        return err
    raise AssertionError(f"{call.__name__} did not fail with {code}")


# Item 1: no message member where AWS sends none.
sig = kms.sign(KeyId=fx["signer"], Message=b"hi", MessageType="RAW",
               SigningAlgorithm="ECDSA_SHA_256")["Signature"]
fails(kms.verify, "KMSInvalidSignatureException", KeyId=fx["signer"], Message=b"bye",
      MessageType="RAW", SigningAlgorithm="ECDSA_SHA_256", Signature=sig)
blob = kms.encrypt(KeyId=fx["sym"], Plaintext=b"x")["CiphertextBlob"]
fails(kms.decrypt, "InvalidCiphertextException", CiphertextBlob=blob,
      EncryptionContext={"a": "b"})
fails(kms.verify_mac, "KMSInvalidMacException", KeyId=fx["mac"], MacAlgorithm="HMAC_SHA_256",
      Message=b"hi", Mac=bytes(32))
fails(kms.rotate_key_on_demand, "UnsupportedOperationException", KeyId=fx["rsa"])
fails(kms.derive_shared_secret, "ValidationException", KeyId=fx["agree"],
      KeyAgreementAlgorithm="ECDH", PublicKey=b"\x00\x00")

# Item 2: IncorrectKeyException, checked first.
incorrect = "The key ID in the request does not identify a CMK that can perform this operation."
fails(kms.decrypt, "IncorrectKeyException", incorrect, CiphertextBlob=blob, KeyId=fx["other"])
fails(kms.re_encrypt, "IncorrectKeyException", incorrect, CiphertextBlob=blob,
      SourceKeyId=fx["mac"], DestinationKeyId=fx["other"])

# Item 3: today's key-state answers.
pending, disabled = fx["pending_deletion"], fx["disabled"]
for call, kwargs in [
    (kms.encrypt, {"Plaintext": b"x"}),
    (kms.generate_data_key, {"KeySpec": "AES_256"}),
    (kms.generate_data_key_without_plaintext, {"NumberOfBytes": 16}),
    (kms.generate_data_key_pair, {"KeyPairSpec": "ECC_NIST_P256"}),
]:
    fails(call, "KMSInvalidStateException", f"{arn(pending)} is pending deletion.",
          KeyId=pending, **kwargs)
    fails(call, "DisabledException", f"{arn(disabled)} is disabled.", KeyId=disabled, **kwargs)
fails(kms.decrypt, "KMSInvalidStateException", f"{arn(pending)} is pending deletion.",
      CiphertextBlob=bytes.fromhex(fx["pending_blob"]))
fails(kms.encrypt, "KMSInvalidStateException", f"{arn(fx['pending_import'])} is pending import.",
      KeyId=fx["pending_import"], Plaintext=b"x")

# Item 4: import texts.
fails(kms.get_parameters_for_import, "UnsupportedOperationException",
      f"{arn(fx['sym'])} origin is AWS_KMS which is not valid for this operation.",
      KeyId=fx["sym"], WrappingAlgorithm="RSAES_OAEP_SHA_256", WrappingKeySpec="RSA_2048")
fails(kms.rotate_key_on_demand, "KMSInvalidStateException",
      f"No available key material pending rotation for the key: {arn(fx['imported'])}.",
      KeyId=fx["imported"])
external = kms.create_key(Origin="EXTERNAL")["KeyMetadata"]["KeyId"]


def import_new(import_type=None, **extra):
    params = kms.get_parameters_for_import(KeyId=external, WrappingAlgorithm="RSAES_OAEP_SHA_256",
                                           WrappingKeySpec="RSA_2048")
    public = serialization.load_der_public_key(params["PublicKey"])
    wrapped = public.encrypt(os.urandom(32), padding.OAEP(
        mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
    args = dict(KeyId=external, ImportToken=params["ImportToken"], EncryptedKeyMaterial=wrapped,
                ExpirationModel="KEY_MATERIAL_DOES_NOT_EXPIRE", **extra)
    if import_type:
        args["ImportType"] = import_type
    return args


kms.import_key_material(**import_new())
second = kms.import_key_material(**import_new("NEW_KEY_MATERIAL"))["KeyMaterialId"]
try:
    kms.import_key_material(**import_new("NEW_KEY_MATERIAL"))
    raise AssertionError("a second pending material was accepted")
except ClientError as e:
    assert e.response["Error"]["Code"] == "KMSInvalidStateException", e.response
    m = re.fullmatch(r"New key material \(id: ([0-9a-f]{64})\) cannot be imported into KMS key "
                     r"(\S+), because another key material \(id: ([0-9a-f]{64})\) is pending "
                     r"rotation\.", e.response["Error"]["Message"])
    assert m, e.response["Error"]["Message"]
    assert m.group(2) == external and m.group(3) == second and m.group(1) != second, m.groups()
fails(kms.import_key_material, "ValidationException",
      "A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES",
      **{**import_new(), "ExpirationModel": "KEY_MATERIAL_EXPIRES"})

# Item 5: AWS's enum order.
fails(kms.generate_mac, "ValidationException",
      "1 validation error detected: Value 'INVALID' at 'macAlgorithm' failed to satisfy "
      "constraint: Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, "
      "HMAC_SHA_512]", KeyId=fx["mac"], MacAlgorithm="INVALID", Message=b"hi")
fails(kms.derive_shared_secret, "ValidationException",
      "1 validation error detected: Value 'INVALID' at 'keyAgreementAlgorithm' failed to satisfy "
      "constraint: Member must satisfy enum value set: [ECDH]", KeyId=fx["agree"],
      KeyAgreementAlgorithm="INVALID", PublicKey=b"\x00")

# Item 6: material IDs only for symmetric encryption keys.
assert "CurrentKeyMaterialId" in kms.describe_key(KeyId=fx["sym"])["KeyMetadata"]
for k in (fx["mac"], fx["rsa"], fx["signer"], fx["imported_ecc"]):
    assert "CurrentKeyMaterialId" not in kms.describe_key(KeyId=k)["KeyMetadata"], k
assert "KeyMaterialId" in kms.decrypt(CiphertextBlob=blob)
rsa_blob = kms.encrypt(KeyId=fx["rsa"], Plaintext=b"x",
                       EncryptionAlgorithm="RSAES_OAEP_SHA_256")["CiphertextBlob"]
out = kms.decrypt(CiphertextBlob=rsa_blob, KeyId=fx["rsa"],
                  EncryptionAlgorithm="RSAES_OAEP_SHA_256")
assert "KeyMaterialId" not in out, out

# Item 7: RotateKeyOnDemand.
assert kms.rotate_key_on_demand(KeyId=fx["sym"])["KeyId"] == arn(fx["sym"])
fails(kms.rotate_key_on_demand, "DisabledException", f"{arn(fx['disabled_rsa'])} is disabled.",
      KeyId=fx["disabled_rsa"])

# Item 8: the openssl SHA-256 ciphertext, named as SHA-1, decrypts.
out = kms.decrypt(CiphertextBlob=bytes.fromhex(fx["openssl_sha256_blob"]), KeyId=fx["rsa"],
                  EncryptionAlgorithm="RSAES_OAEP_SHA_1")
assert out["Plaintext"] == b"made by openssl", out
assert out["EncryptionAlgorithm"] == "RSAES_OAEP_SHA_256", out

# Item 9: AWS managed keys.
md = kms.describe_key(KeyId="alias/aws/secretsmanager")["KeyMetadata"]
assert md["KeyManager"] == "AWS", md
assert md["Description"] == ("Default key that protects my Secrets Manager data when no other "
                             "key is defined"), md
policy = json.loads(kms.get_key_policy(KeyId=md["KeyId"])["Policy"])
assert policy["Statement"][0]["Condition"]["StringEquals"]["kms:ViaService"] == \
    "secretsmanager.us-east-1.amazonaws.com", policy
assert kms.get_key_rotation_status(KeyId=md["KeyId"])["KeyRotationEnabled"] is True
fails(kms.put_key_policy, "AccessDeniedException",
      f"User: arn:aws:iam::{ACCOUNT}:root is not authorized to perform: kms:PutKeyPolicy on "
      f"resource: {md['Arn']} because no resource-based policy allows the kms:PutKeyPolicy action",
      KeyId=md["KeyId"], Policy=json.dumps(policy), PolicyName="default")
fails(kms.create_alias, "InvalidAliasNameException",
      'Alias names that begin with "alias/aws/" are reserved for AWS managed keys.',
      AliasName="alias/aws/mine", TargetKeyId=fx["sym"])

# Item 10: markers lkms did not issue.
marker = ("The request was rejected because the marker that specifies where pagination should "
          "next begin is not valid.")
for call, kwargs in [
    (kms.list_keys, {}),
    (kms.list_aliases, {}),
    (kms.list_key_policies, {"KeyId": fx["sym"]}),
    (kms.list_key_rotations, {"KeyId": fx["sym"]}),
    (kms.list_resource_tags, {"KeyId": fx["sym"]}),
]:
    fails(call, "InvalidMarkerException", marker, Marker="enp6eg==", **kwargs)
ids = [k["KeyId"] for p in kms.get_paginator("list_keys").paginate(PaginationConfig={"PageSize": 2})
       for k in p["Keys"]]
assert len(ids) == len(set(ids)) and fx["sym"] in ids, ids
print("ok")
