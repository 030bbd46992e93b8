"""boto3 against `lkms serve` for the audit trail tests.

Usage: audit_boto3.py ENDPOINT calls   -- one call of each kind of cryptographic operation, each
                                           followed by GetKeyLastUsage, and a failing call;
       audit_boto3.py ENDPOINT load N  -- N Encrypt calls tagged s-0 ... s-(N-1).
Prints one JSON document for the Rust test to check against the audit trail.
"""
import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, mode = sys.argv[1], sys.argv[2]
kms = boto3.client("kms", endpoint_url=endpoint, region_name="us-east-1")


def request_id(response):
    return response["ResponseMetadata"]["RequestId"]


if mode == "load":
    key = kms.create_key()["KeyMetadata"]["KeyId"]
    for i in range(int(sys.argv[3])):
        kms.encrypt(KeyId=key, Plaintext=b"x", EncryptionContext={"tag": f"s-{i}"})
    print(json.dumps({"key": key}))
    sys.exit(0)

calls = []


def call(name, key, fn, **kwargs):
    """Makes one call, then asks GetKeyLastUsage about `key`."""
    response = fn(**kwargs)
    usage = kms.get_key_last_usage(KeyId=key)
    last = usage["KeyLastUsage"]
    calls.append({
        "op": name,
        "key": key,
        "request_id": request_id(response),
        "usage_request_id": request_id(usage),
        "last": {
            "Operation": last["Operation"],
            "Timestamp": last["Timestamp"].isoformat(),
            "CloudTrailEventId": last["CloudTrailEventId"],
            "KmsRequestId": last["KmsRequestId"],
        },
        "tracking_start": usage["TrackingStartDate"].isoformat(),
        "created": usage["KeyCreationDate"].isoformat(),
    })
    return response


key = kms.create_key()["KeyMetadata"]["KeyId"]
fresh = kms.get_key_last_usage(KeyId=key)
assert fresh["KeyLastUsage"] == {}, fresh
ct = call("Encrypt", key, kms.encrypt, KeyId=key, Plaintext=b"secret from boto3")["CiphertextBlob"]
call("Decrypt", key, kms.decrypt, CiphertextBlob=ct)
call("GenerateDataKey", key, kms.generate_data_key, KeyId=key, KeySpec="AES_256")
dest = kms.create_key()["KeyMetadata"]["KeyId"]
call("ReEncrypt", dest, kms.re_encrypt, CiphertextBlob=ct, DestinationKeyId=dest)
signer = kms.create_key(KeySpec="ECC_NIST_P256", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["KeyId"]
sig = call("Sign", signer, kms.sign, KeyId=signer, Message=b"m",
           SigningAlgorithm="ECDSA_SHA_256")["Signature"]
call("Verify", signer, kms.verify, KeyId=signer, Message=b"m", Signature=sig,
     SigningAlgorithm="ECDSA_SHA_256")
mac_key = kms.create_key(KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC")["KeyMetadata"]["KeyId"]
mac = call("GenerateMac", mac_key, kms.generate_mac, KeyId=mac_key, Message=b"m",
           MacAlgorithm="HMAC_SHA_256")["Mac"]
call("VerifyMac", mac_key, kms.verify_mac, KeyId=mac_key, Message=b"m", Mac=mac,
     MacAlgorithm="HMAC_SHA_256")

try:
    kms.describe_key(KeyId="1234abcd-12ab-34cd-56ef-1234567890ab")
    raise AssertionError("DescribeKey of a missing key succeeded")
except ClientError as e:
    failed = {"request_id": request_id(e.response), "code": e.response["Error"]["Code"]}

print(json.dumps({"calls": calls, "failed": failed, "source_key": key}))
