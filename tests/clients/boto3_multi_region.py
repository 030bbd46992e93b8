"""Multi-Region keys through boto3 against `lkms serve`: the Region of each call is the one its
signature is scoped to.

Usage: boto3_multi_region.py E0 E1 E2 E3, four servers on one keystore whose clocks stand a few
seconds apart, so that Creating and Updating come and go between them. Prints one JSON line for
the Rust test (a ciphertext made in eu-west-1), and exits non-zero on any failure.
"""
import base64
import json
import sys

import boto3
from botocore.exceptions import ClientError

US, EU, AP = "us-east-1", "eu-west-1", "ap-south-1"
endpoints = sys.argv[1:5]


def kms(phase, region):
    return boto3.client("kms", endpoint_url=endpoints[phase], region_name=region)


def error(call, code, message, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        got = e.response["Error"]
        assert got["Code"] == code, (got, code)
        assert got["Message"] == message, (got["Message"], message)
        return
    raise AssertionError(f"{call.__name__} did not fail with {code}")


def arn(region, key_id):
    return f"arn:aws:kms:{region}:111122223333:key/{key_id}"


# At T0: primaries in us-east-1, replicas in eu-west-1 that are still being created.
us, eu = kms(0, US), kms(0, EU)
specs = {
    "sym": {},
    "rsa": {"KeySpec": "RSA_2048", "KeyUsage": "ENCRYPT_DECRYPT"},
    "ecc": {"KeySpec": "ECC_NIST_P256", "KeyUsage": "SIGN_VERIFY"},
    "hmac": {"KeySpec": "HMAC_256", "KeyUsage": "GENERATE_VERIFY_MAC"},
}
ids = {}
for name, spec in specs.items():
    md = us.create_key(MultiRegion=True, **spec)["KeyMetadata"]
    assert md["KeyId"].startswith("mrk-") and md["MultiRegion"] is True, md
    assert md["MultiRegionConfiguration"]["ReplicaKeys"] == [], md
    ids[name] = md["KeyId"]
sym = ids["sym"]
rep = us.replicate_key(KeyId=sym, ReplicaRegion=EU, Description="eu copy", Tags=[{"TagKey": "r", "TagValue": "eu"}])
md = rep["ReplicaKeyMetadata"]
assert md["Arn"] == arn(EU, sym) and md["KeyState"] == "Creating" and md["Enabled"] is False, md
assert md["MultiRegionConfiguration"]["MultiRegionKeyType"] == "REPLICA", md
assert md["MultiRegionConfiguration"]["PrimaryKey"] == {"Arn": arn(US, sym), "Region": US}, md
assert rep["ReplicaTags"] == [{"TagKey": "r", "TagValue": "eu"}], rep
for name in ("rsa", "ecc", "hmac"):
    assert "ReplicaTags" not in us.replicate_key(KeyId=ids[name], ReplicaRegion=EU)
error(eu.encrypt, "KMSInvalidStateException", f"{arn(EU, sym)} is creating.", KeyId=sym, Plaintext=b"x")
error(eu.replicate_key, "UnsupportedOperationException", f"{arn(EU, sym)} is not a multi-region primary key.",
      KeyId=sym, ReplicaRegion=AP)
error(us.replicate_key, "AlreadyExistsException", f"Key '{arn(EU, sym)}' already exists", KeyId=sym, ReplicaRegion=EU)
error(us.replicate_key, "AlreadyExistsException", f"Key '{arn(US, sym)}' already exists", KeyId=sym, ReplicaRegion=US)
error(eu.describe_key, "NotFoundException", "Invalid arn us-east-1", KeyId=arn(US, sym))
error(kms(0, AP).describe_key, "NotFoundException", f"Key '{arn(AP, sym)}' does not exist", KeyId=sym)

# At T1: the replicas are enabled and interoperate with their primaries.
us, eu = kms(1, US), kms(1, EU)
md = eu.describe_key(KeyId=sym)["KeyMetadata"]
assert md["KeyState"] == "Enabled" and md["Description"] == "eu copy", md
assert eu.list_resource_tags(KeyId=sym)["Tags"] == [{"TagKey": "r", "TagValue": "eu"}]
assert us.list_resource_tags(KeyId=sym)["Tags"] == []
for a, b in ((us, eu), (eu, us)):
    ct = a.encrypt(KeyId=sym, Plaintext=b"across", EncryptionContext={"k": "v"})["CiphertextBlob"]
    assert b.decrypt(CiphertextBlob=ct, EncryptionContext={"k": "v"})["Plaintext"] == b"across"
rsa = ids["rsa"]
ct = eu.encrypt(KeyId=rsa, Plaintext=b"oaep", EncryptionAlgorithm="RSAES_OAEP_SHA_256")["CiphertextBlob"]
out = us.decrypt(KeyId=rsa, CiphertextBlob=ct, EncryptionAlgorithm="RSAES_OAEP_SHA_256")
assert out["Plaintext"] == b"oaep" and out["KeyId"] == arn(US, rsa), out
assert us.get_public_key(KeyId=rsa)["PublicKey"] == eu.get_public_key(KeyId=rsa)["PublicKey"]
ecc = ids["ecc"]
sig = us.sign(KeyId=ecc, Message=b"m", SigningAlgorithm="ECDSA_SHA_256")["Signature"]
assert eu.verify(KeyId=ecc, Message=b"m", Signature=sig, SigningAlgorithm="ECDSA_SHA_256")["SignatureValid"]
mac = eu.generate_mac(KeyId=ids["hmac"], Message=b"m", MacAlgorithm="HMAC_SHA_256")["Mac"]
assert us.verify_mac(KeyId=ids["hmac"], Message=b"m", Mac=mac, MacAlgorithm="HMAC_SHA_256")["MacValid"]

# Rotation of the primary reaches the replica.
error(eu.rotate_key_on_demand, "UnsupportedOperationException", f"{arn(EU, sym)} is not a multi-region primary key.",
      KeyId=sym)
us.rotate_key_on_demand(KeyId=sym)
current = us.describe_key(KeyId=sym)["KeyMetadata"]["CurrentKeyMaterialId"]
assert eu.describe_key(KeyId=sym)["KeyMetadata"]["CurrentKeyMaterialId"] == current
rotated = us.encrypt(KeyId=sym, Plaintext=b"rotated")["CiphertextBlob"]
assert eu.decrypt(CiphertextBlob=rotated)["KeyMaterialId"] == current

# A primary with a replica waits for it before its own waiting period.
hmac = ids["hmac"]
out = us.schedule_key_deletion(KeyId=hmac, PendingWindowInDays=7)
assert out["KeyState"] == "PendingReplicaDeletion" and "DeletionDate" not in out, out
md = us.describe_key(KeyId=hmac)["KeyMetadata"]
assert md["PendingDeletionWindowInDays"] == 7 and "DeletionDate" not in md, md
assert us.cancel_key_deletion(KeyId=hmac)["KeyId"] == arn(US, hmac)

# UpdatePrimaryRegion: its errors, then Updating while the roles swap.
upr = "UnsupportedOperationException"
error(eu.update_primary_region, upr, f"{arn(EU, sym)} is not a multi-region primary key.", KeyId=sym, PrimaryRegion=US)
error(us.update_primary_region, upr, f"{arn(US, sym)} is already the primary key in us-east-1.", KeyId=sym,
      PrimaryRegion=US)
error(us.update_primary_region, "NotFoundException", f"Key '{arn(AP, sym)}' does not exist", KeyId=sym,
      PrimaryRegion=AP)
us.update_primary_region(KeyId=sym, PrimaryRegion=EU)
for client in (us, eu):
    assert client.describe_key(KeyId=sym)["KeyMetadata"]["KeyState"] == "Updating"
error(us.disable_key, "KMSInvalidStateException", f"{arn(US, sym)} is updating.", KeyId=sym)
made_in_eu = eu.encrypt(KeyId=sym, Plaintext=b"during the update")["CiphertextBlob"]

# At T2: swapped; and back again.
us, eu = kms(2, US), kms(2, EU)
for client, kind in ((us, "REPLICA"), (eu, "PRIMARY")):
    md = client.describe_key(KeyId=sym)["KeyMetadata"]
    assert md["KeyState"] == "Enabled", md
    assert md["MultiRegionConfiguration"]["MultiRegionKeyType"] == kind, md
    assert md["MultiRegionConfiguration"]["PrimaryKey"]["Region"] == EU, md
error(us.update_primary_region, upr, f"{arn(US, sym)} is not a multi-region primary key.", KeyId=sym, PrimaryRegion=EU)
eu.update_primary_region(KeyId=sym, PrimaryRegion=US)

# At T3: back where it started.
us = kms(3, US)
md = us.describe_key(KeyId=sym)["KeyMetadata"]
assert md["KeyState"] == "Enabled" and md["MultiRegionConfiguration"]["MultiRegionKeyType"] == "PRIMARY", md
assert us.decrypt(CiphertextBlob=made_in_eu)["Plaintext"] == b"during the update"

print(json.dumps({"key": sym, "ciphertext": base64.b64encode(made_in_eu).decode()}))
