"""Two principals call `lkms serve` through boto3, each signing with its own access key.

Usage: access_two_principals.py ENDPOINT KEY_ARN ALICE_ID ALICE_SECRET BOB_ID BOB_SECRET.
Prints one JSON object: for each step, "ok" (with what the Rust test needs) or the error code
and message, so the test can compare them with the command line's answers.
"""
import base64
import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, key_arn, alice_id, alice_secret, bob_id, bob_secret = sys.argv[1:7]


def client(key_id, secret):
    return boto3.client(
        "kms",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=key_id,
        aws_secret_access_key=secret,
    )


alice = client(alice_id, alice_secret)
bob = client(bob_id, bob_secret)
out = {}


def step(name, call, **kwargs):
    try:
        out[name] = {"ok": call(**kwargs)}
    except ClientError as e:
        out[name] = {"code": e.response["Error"]["Code"], "message": e.response["Error"]["Message"]}
    return out[name].get("ok")


web = {"app": "web"}
made = step("alice_encrypt", alice.encrypt, KeyId=key_arn, Plaintext=b"for alice", EncryptionContext=web)
blob = made["CiphertextBlob"]
out["alice_encrypt"] = {"ok": {"CiphertextBlob": base64.b64encode(blob).decode()}}
step("bob_encrypt", lambda **k: bob.encrypt(**k)["KeyId"], KeyId=key_arn, Plaintext=b"x")
step("bob_decrypt_before", bob.decrypt, CiphertextBlob=blob, EncryptionContext=web)
grant = step(
    "alice_grants_bob",
    lambda **k: {n: v for n, v in alice.create_grant(**k).items() if n != "ResponseMetadata"},
    KeyId=key_arn,
    GranteePrincipal=sys.argv[7],
    Operations=["Decrypt"],
    Constraints={"EncryptionContextSubset": web},
)
step(
    "bob_decrypt_with_token",
    lambda **k: bob.decrypt(**k)["Plaintext"].decode(),
    CiphertextBlob=blob,
    EncryptionContext=web,
    GrantTokens=[grant["GrantToken"]],
)
step("bob_decrypt_other_context", bob.decrypt, CiphertextBlob=blob, EncryptionContext={"app": "db"})
step("bob_list_keys", bob.list_keys)
step("bob_revoke", bob.revoke_grant, KeyId=key_arn, GrantId=grant["GrantId"])
step("alice_describe", lambda **k: alice.describe_key(**k)["KeyMetadata"]["KeyId"], KeyId=key_arn)
json.dump(out, sys.stdout, default=str)
