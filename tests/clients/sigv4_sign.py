"""Signs KMS requests with botocore's own SigV4 signer, for tests that send them raw.

Reads a JSON list of requests on stdin. Each has url, headers, body, region, access_key and
secret, and may have token (a session token), time (YYYYMMDDTHHMMSSZ: sign as if it were
then) and unsigned_payload (sign with X-Amz-Content-SHA256: UNSIGNED-PAYLOAD). Writes, for
each, the headers to send as [name, value] pairs, Host first, as one JSON list on stdout.
"""

import datetime
import json
import sys
from urllib.parse import urlsplit

import botocore.auth
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(spec):
    when = spec.get("time")
    if when:
        fixed = datetime.datetime.strptime(when, "%Y%m%dT%H%M%SZ")
        botocore.auth.get_current_datetime = lambda *args, **kwargs: fixed
    request = AWSRequest(
        method="POST",
        url=spec["url"],
        data=spec["body"].encode(),
        headers=dict(spec["headers"]),
    )
    if spec.get("unsigned_payload"):
        request.context["payload_signing_enabled"] = False
    credentials = Credentials(spec["access_key"], spec["secret"], spec.get("token"))
    SigV4Auth(credentials, "kms", spec["region"]).add_auth(request)
    headers = [["Host", urlsplit(spec["url"]).netloc]]
    headers += [[name, value] for name, value in request.headers.items()]
    return headers


print(json.dumps([sign(spec) for spec in json.load(sys.stdin)]))
