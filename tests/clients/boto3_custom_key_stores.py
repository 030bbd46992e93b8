"""The custom key store life cycle through boto3 against `lkms serve` (issue 18).

Usage: boto3_custom_key_stores.py ENDPOINT CA_PEM PASSWORD XKS_ENDPOINT XKS_ACCESS_KEY XKS_SECRET XKS_KEY

A CloudHSM key store on the server's default PKCS#11 token (password PASSWORD, trust anchor
CA_PEM) and an external key store on the test XKS proxy go through create, connect, keys,
cryptography, disconnect and delete. Prints one JSON line for the Rust test (ciphertexts to
decrypt on the command line) and exits non-zero on any failure.
"""
import base64
import datetime
import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint, ca_file, password, xks_endpoint, xks_access_key, xks_secret, xks_key = sys.argv[1:8]
kms = boto3.client("kms", endpoint_url=endpoint, region_name="us-east-1")


def error(call, code, message=None, **kwargs):
    try:
        call(**kwargs)
    except ClientError as e:
        got = e.response["Error"]
        assert got["Code"] == code, (got, code)
        if message is not None:
            assert got["Message"] == message, (got["Message"], message)
        return got
    raise AssertionError(f"{call.__name__} did not fail with {code}")


def state(store_id):
    return kms.describe_custom_key_stores(CustomKeyStoreId=store_id)["CustomKeyStores"][0]


# A CloudHSM key store.
anchor = open(ca_file).read()
hsm_id = kms.create_custom_key_store(
    CustomKeyStoreName="boto3-hsm",
    CloudHsmClusterId="cluster-1a23b4cdefg",
    TrustAnchorCertificate=anchor,
    KeyStorePassword=password,
)["CustomKeyStoreId"]
entry = state(hsm_id)
assert entry["ConnectionState"] == "DISCONNECTED", entry
assert entry["TrustAnchorCertificate"] == anchor
assert isinstance(entry["CreationDate"], datetime.datetime)
assert "KeyStorePassword" not in entry
error(kms.create_custom_key_store, "CustomKeyStoreNameInUseException",
      CustomKeyStoreName="boto3-hsm", CloudHsmClusterId="cluster-234567abcdefg",
      TrustAnchorCertificate=anchor, KeyStorePassword=password)
kms.connect_custom_key_store(CustomKeyStoreId=hsm_id)
assert state(hsm_id)["ConnectionState"] == "CONNECTED"
md = kms.create_key(Origin="AWS_CLOUDHSM", CustomKeyStoreId=hsm_id, Description="in the token")["KeyMetadata"]
hsm_key, hsm_arn = md["KeyId"], md["Arn"]
assert md["Origin"] == "AWS_CLOUDHSM" and md["CustomKeyStoreId"] == hsm_id, md
assert md["CloudHsmClusterId"] == "cluster-1a23b4cdefg", md
ct = kms.encrypt(KeyId=hsm_key, Plaintext=b"boto3 in the token", EncryptionContext={"via": "boto3"})["CiphertextBlob"]
assert kms.decrypt(CiphertextBlob=ct, EncryptionContext={"via": "boto3"})["Plaintext"] == b"boto3 in the token"
dk = kms.generate_data_key(KeyId=hsm_key, KeySpec="AES_128")
assert kms.decrypt(CiphertextBlob=dk["CiphertextBlob"])["Plaintext"] == dk["Plaintext"]
assert "Plaintext" not in kms.generate_data_key_without_plaintext(KeyId=hsm_key, KeySpec="AES_256")
error(kms.generate_data_key_pair, "UnsupportedOperationException",
      f"{hsm_arn} origin is AWS_CLOUDHSM which is not valid for this operation.",
      KeyId=hsm_key, KeyPairSpec="RSA_2048")
error(kms.enable_key_rotation, "UnsupportedOperationException",
      f"{hsm_arn} origin is AWS_CLOUDHSM which is not valid for this operation.", KeyId=hsm_key)
kms.disconnect_custom_key_store(CustomKeyStoreId=hsm_id)
assert kms.describe_key(KeyId=hsm_key)["KeyMetadata"]["KeyState"] == "Unavailable"
error(kms.encrypt, "KMSInvalidStateException", f"{hsm_arn} is unavailable.", KeyId=hsm_key, Plaintext=b"x")
error(kms.delete_custom_key_store, "CustomKeyStoreHasCMKsException", CustomKeyStoreId=hsm_id)
kms.update_custom_key_store(CustomKeyStoreId=hsm_id, NewCustomKeyStoreName="boto3-hsm-renamed",
                            KeyStorePassword=password)
kms.connect_custom_key_store(CustomKeyStoreId=hsm_id)
re = kms.re_encrypt(CiphertextBlob=ct, SourceEncryptionContext={"via": "boto3"}, DestinationKeyId=hsm_key)
assert re["SourceKeyId"] == hsm_arn and re["KeyId"] == hsm_arn

# An external key store.
xks_id = kms.create_custom_key_store(
    CustomKeyStoreName="boto3-xks",
    CustomKeyStoreType="EXTERNAL_KEY_STORE",
    XksProxyUriEndpoint=xks_endpoint,
    XksProxyUriPath="/kms/xks/v1",
    XksProxyAuthenticationCredential={"AccessKeyId": xks_access_key, "RawSecretAccessKey": xks_secret},
    XksProxyConnectivity="PUBLIC_ENDPOINT",
)["CustomKeyStoreId"]
error(kms.create_key, "CustomKeyStoreInvalidStateException",
      Origin="EXTERNAL_KEY_STORE", CustomKeyStoreId=xks_id, XksKeyId=xks_key)
kms.connect_custom_key_store(CustomKeyStoreId=xks_id)
entry = state(xks_id)
assert entry["ConnectionState"] == "CONNECTED", entry
assert entry["XksProxyConfiguration"]["AccessKeyId"] == xks_access_key, entry
md = kms.create_key(Origin="EXTERNAL_KEY_STORE", CustomKeyStoreId=xks_id, XksKeyId=xks_key)["KeyMetadata"]
xks_key_id = md["KeyId"]
assert md["XksKeyConfiguration"] == {"Id": xks_key}, md
xks_ct = kms.encrypt(KeyId=xks_key_id, Plaintext=b"boto3 twice")["CiphertextBlob"]
assert kms.decrypt(CiphertextBlob=xks_ct)["Plaintext"] == b"boto3 twice"
error(kms.create_key, "XksKeyNotFoundException", Origin="EXTERNAL_KEY_STORE",
      CustomKeyStoreId=xks_id, XksKeyId="no-such-external-key")

# Both stores, page by page.
pages = kms.get_paginator("describe_custom_key_stores").paginate(PaginationConfig={"PageSize": 1})
names = sorted(s["CustomKeyStoreName"] for p in pages for s in p["CustomKeyStores"])
assert names == ["boto3-hsm-renamed", "boto3-xks"], names
error(kms.describe_custom_key_stores, "CustomKeyStoreNotFoundException", CustomKeyStoreName="nope")

print(json.dumps({
    "hsm_store": hsm_id,
    "hsm_key": hsm_key,
    "hsm_ciphertext": base64.b64encode(re["CiphertextBlob"]).decode(),
    "xks_ciphertext": base64.b64encode(xks_ct).decode(),
}))
