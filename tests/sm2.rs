//! SM2 keys: SM2DSA signatures that openssl verifies (with the default distinguishing ID), and
//! SM2PKE ciphertexts made by openssl that lkms decrypts.

mod common;
use common::*;
use std::process::Command;

fn openssl(args: &[&str]) -> std::process::Output {
    Command::new("openssl")
        .args(args)
        .output()
        .expect("the openssl command line is installed")
}

fn key(env: &Env, usage: &str) -> String {
    env.ok(&["create-key", "--key-spec", "SM2", "--key-usage", usage])["KeyMetadata"]["KeyId"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn sm2dsa_signatures_verify_with_openssl() {
    let env = Env::new();
    let id = key(&env, "SIGN_VERIFY");
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(md["SigningAlgorithms"], serde_json::json!(["SM2DSA"]));
    let pub_der = env.file(
        "sm2.der",
        &unb64(
            env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
                .as_str()
                .unwrap(),
        ),
    );
    let msg = env.file("msg.txt", b"sign me with SM2");
    let v = env.ok(&[
        "sign",
        "--key-id",
        &id,
        "--message",
        &format!("fileb://{}", msg.display()),
        "--signing-algorithm",
        "SM2DSA",
    ]);
    let sig = env.file("sig.der", &unb64(v["Signature"].as_str().unwrap()));
    let out = openssl(&[
        "dgst",
        "-sm3",
        "-verify",
        &pub_der.display().to_string(),
        "-keyform",
        "DER",
        "-sigopt",
        "distid:1234567812345678",
        "-signature",
        &sig.display().to_string(),
        &msg.display().to_string(),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Verified OK",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.ok(&[
        "verify",
        "--key-id",
        &id,
        "--message",
        &format!("fileb://{}", msg.display()),
        "--signing-algorithm",
        "SM2DSA",
        "--signature",
        v["Signature"].as_str().unwrap(),
    ]);
    env.service_err(
        &[
            "verify",
            "--key-id",
            &id,
            "--message",
            "aGk=",
            "--signing-algorithm",
            "SM2DSA",
            "--signature",
            v["Signature"].as_str().unwrap(),
        ],
        "Verify",
        "KMSInvalidSignatureException",
        "",
    );
}

#[test]
fn sm2pke_interoperates_with_openssl() {
    let env = Env::new();
    let id = key(&env, "ENCRYPT_DECRYPT");
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(md["EncryptionAlgorithms"], serde_json::json!(["SM2PKE"]));
    let pub_der = env.file(
        "sm2e.der",
        &unb64(
            env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
                .as_str()
                .unwrap(),
        ),
    );
    let pt = env.file("pt.bin", b"SM2 secret");
    let ct = env.dir.path().join("ct.der");
    let out = openssl(&[
        "pkeyutl",
        "-encrypt",
        "-pubin",
        "-inkey",
        &pub_der.display().to_string(),
        "-keyform",
        "DER",
        "-in",
        &pt.display().to_string(),
        "-out",
        &ct.display().to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let d = env.ok(&[
        "decrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "SM2PKE",
        "--ciphertext-blob",
        &format!("fileb://{}", ct.display()),
    ]);
    assert_eq!(unb64(d["Plaintext"].as_str().unwrap()), b"SM2 secret");
    let e = env.ok(&[
        "encrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "SM2PKE",
        "--plaintext",
        "aGk=",
    ]);
    let d = env.ok(&[
        "decrypt",
        "--key-id",
        &id,
        "--encryption-algorithm",
        "SM2PKE",
        "--ciphertext-blob",
        e["CiphertextBlob"].as_str().unwrap(),
    ]);
    assert_eq!(d["Plaintext"], "aGk=");
    env.service_err(
        &[
            "encrypt",
            "--key-id",
            &id,
            "--encryption-algorithm",
            "SM2PKE",
            "--plaintext",
            &b64(&[1u8; 1025]),
        ],
        "Encrypt",
        "ValidationException",
        "Algorithm SM2PKE and key spec SM2 cannot encrypt data larger than 1024 bytes.",
    );
}

/// ECDH on the SM2 curve, computed independently in Python from the curve parameters of
/// GB/T 32918.5 (OpenSSL 3.0 does not derive with SM2 keys).
const PY_SM2_ECDH: &str = r#"
import base64, secrets, sys
p = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF
a = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC
n = 0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123
G = (0x32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7,
     0xBC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0)
def add(P, Q):
    if P is None: return Q
    if Q is None: return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0: return None
    if P == Q: l = (3 * P[0] * P[0] + a) * pow(2 * P[1], -1, p) % p
    else: l = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (l * l - P[0] - Q[0]) % p
    return (x, (l * (P[0] - x) - P[1]) % p)
def mul(k, P):
    R = None
    while k:
        if k & 1: R = add(R, P)
        P = add(P, P); k >>= 1
    return R
spki = base64.b64decode(sys.argv[1])
Q = (int.from_bytes(spki[-64:-32], 'big'), int.from_bytes(spki[-32:], 'big'))
d = secrets.randbelow(n - 1) + 1
P = mul(d, G)
peer = spki[:-65] + b'\x04' + P[0].to_bytes(32, 'big') + P[1].to_bytes(32, 'big')
print(base64.b64encode(peer).decode(), base64.b64encode(mul(d, Q)[0].to_bytes(32, 'big')).decode())
"#;

#[test]
fn sm2_key_agreement_matches_an_independent_computation() {
    let env = Env::new();
    let id = key(&env, "KEY_AGREEMENT");
    let md = env.ok(&["describe-key", "--key-id", &id])["KeyMetadata"].clone();
    assert_eq!(md["KeyAgreementAlgorithms"], serde_json::json!(["ECDH"]));
    let spki = env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
        .as_str()
        .unwrap()
        .to_string();
    let out = Command::new("python3")
        .args(["-c", PY_SM2_ECDH, &spki])
        .output()
        .expect("python3 is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let (peer, expected) = text.trim().split_once(' ').unwrap();
    let v = env.ok(&[
        "derive-shared-secret",
        "--key-id",
        &id,
        "--key-agreement-algorithm",
        "ECDH",
        "--public-key",
        peer,
    ]);
    assert_eq!(v["SharedSecret"], expected);
}

/// e = SM3(Z ‖ M) with Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) and the default ID,
/// computed with Python's hashlib (OpenSSL's SM3).
const PY_SM2_DIGEST: &str = r#"
import base64, hashlib, sys
spki = base64.b64decode(sys.argv[1]); msg = base64.b64decode(sys.argv[2])
ident = b"1234567812345678"
h = lambda s: bytes.fromhex(s)
z_input = (len(ident) * 8).to_bytes(2, "big") + ident \
    + h("FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC") \
    + h("28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93") \
    + h("32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7") \
    + h("BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0") + spki[-64:]
z = hashlib.new("sm3", z_input).digest()
print(base64.b64encode(hashlib.new("sm3", z + msg).digest()).decode())
"#;

#[test]
fn sm2dsa_digest_messages() {
    let env = Env::new();
    let id = key(&env, "SIGN_VERIFY");
    let spki = env.ok(&["get-public-key", "--key-id", &id])["PublicKey"]
        .as_str()
        .unwrap()
        .to_string();
    let pub_der = env.file("sm2d.der", &unb64(&spki));
    let msg = env.file("msg2.txt", b"digest computed outside");
    let out = Command::new("python3")
        .args(["-c", PY_SM2_DIGEST, &spki, &b64(b"digest computed outside")])
        .output()
        .expect("python3 is installed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let e = String::from_utf8(out.stdout).unwrap().trim().to_string();
    let v = env.ok(&[
        "sign",
        "--key-id",
        &id,
        "--message",
        &e,
        "--message-type",
        "DIGEST",
        "--signing-algorithm",
        "SM2DSA",
    ]);
    let sig = env.file("sig2.der", &unb64(v["Signature"].as_str().unwrap()));
    let out = openssl(&[
        "dgst",
        "-sm3",
        "-verify",
        &pub_der.display().to_string(),
        "-keyform",
        "DER",
        "-sigopt",
        "distid:1234567812345678",
        "-signature",
        &sig.display().to_string(),
        &msg.display().to_string(),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Verified OK",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.ok(&[
        "verify",
        "--key-id",
        &id,
        "--message",
        &e,
        "--message-type",
        "DIGEST",
        "--signing-algorithm",
        "SM2DSA",
        "--signature",
        v["Signature"].as_str().unwrap(),
    ]);
    env.service_err(
        &[
            "sign",
            "--key-id",
            &id,
            "--message",
            &b64(&[1u8; 31]),
            "--message-type",
            "DIGEST",
            "--signing-algorithm",
            "SM2DSA",
        ],
        "Sign",
        "ValidationException",
        "Digest is invalid length for algorithm SM2DSA.",
    );
}
