//! The AccessDeniedException texts of every kind of denial, and IAM-only decisions.

use super::*;
use crate::error::{Error, ErrorCode};

fn text(e: Option<Error>) -> String {
    match e {
        Some(Error::Service(k)) => {
            assert_eq!(k.code, ErrorCode::AccessDeniedException);
            k.text().to_string()
        }
        other => panic!("expected AccessDeniedException, got {other:?}"),
    }
}

fn denial(ask: &Ask<'_>) -> String {
    text(
        ask.decide()
            .access_denied(ask.principal.arn(), ask.action, ask.key_arn),
    )
}

fn iam_only(p: &Principal, action: &str, target: Target<'_>, ids: &[NamedPolicy]) -> Decision {
    let ctx = ctx_for(p);
    authorize(&Request {
        principal: p,
        action,
        target,
        identity_policies: ids,
        context: &ctx,
        encryption_context: None,
    })
}

#[test]
fn no_resource_based_policy_allows() {
    let policy = key_policy(&allow("arn:aws:iam::111122223333:user/bob", "kms:Encrypt"));
    let alice = user("alice");
    assert_eq!(
        denial(&Ask::new(&alice, "kms:Encrypt", &policy)),
        format!(
            "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: kms:Encrypt \
             on resource: {KEY1} because no resource-based policy allows the kms:Encrypt action"
        )
    );
}

#[test]
fn explicit_deny_in_a_resource_based_policy() {
    let policy = key_policy(&format!(
        r#"{},{{"Effect":"Deny","Principal":{{"AWS":"arn:aws:iam::111122223333:user/alice"}},"Action":"kms:Decrypt","Resource":"*"}}"#,
        root_statement(ACCOUNT)
    ));
    let alice = user("alice");
    assert_eq!(
        denial(&Ask::new(&alice, "kms:Decrypt", &policy)),
        format!(
            "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: kms:Decrypt \
             on resource: {KEY1} with an explicit deny in a resource-based policy"
        )
    );
}

#[test]
fn a_deny_naming_the_account_covers_its_principals() {
    let policy = key_policy(&format!(
        r#"{},{{"Effect":"Deny","Principal":{{"AWS":"111122223333"}},"Action":"kms:Decrypt","Resource":"*"}}"#,
        allow("*", "kms:*")
    ));
    assert_eq!(
        Ask::new(&user("alice"), "kms:Decrypt", &policy).outcome(),
        "explicitDeny"
    );
    assert_eq!(
        Ask::new(&user("alice"), "kms:Encrypt", &policy).outcome(),
        "allowed"
    );
}

#[test]
fn no_identity_based_policy_allows_when_the_key_policy_delegates() {
    let policy = key_policy(&root_statement(ACCOUNT));
    let session = who("arn:aws:sts::111122223333:assumed-role/App/run-7");
    assert_eq!(
        denial(&Ask::new(&session, "kms:GenerateDataKey", &policy)),
        format!(
            "User: arn:aws:sts::111122223333:assumed-role/App/run-7 is not authorized to perform: \
             kms:GenerateDataKey on resource: {KEY1} because no identity-based policy allows the \
             kms:GenerateDataKey action"
        )
    );
}

#[test]
fn explicit_deny_in_an_identity_based_policy() {
    let policy = key_policy(&allow("*", "kms:*"));
    let ids = [identity(
        "NoDisable",
        r#"{"Effect":"Deny","Action":["kms:DisableKey","kms:ScheduleKeyDeletion"],"Resource":"*"}"#,
    )];
    let alice = user("alice");
    let ask = Ask::new(&alice, "kms:DisableKey", &policy).identity(&ids);
    assert_eq!(
        denial(&ask),
        format!(
            "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: kms:DisableKey \
             on resource: {KEY1} with an explicit deny in an identity-based policy"
        )
    );
}

#[test]
fn a_partner_without_its_identity_policy_is_told_so() {
    let policy = key_policy(&allow(PARTNER, "kms:Encrypt"));
    let eve = who("arn:aws:iam::444455556666:user/eve");
    assert!(
        denial(&Ask::new(&eve, "kms:Encrypt", &policy))
            .ends_with("because no identity-based policy allows the kms:Encrypt action")
    );
    let stranger = who("arn:aws:iam::999999999999:user/mallory");
    assert!(
        denial(&Ask::new(&stranger, "kms:Encrypt", &policy))
            .ends_with("because no resource-based policy allows the kms:Encrypt action")
    );
}

#[test]
fn iam_only_actions_list_keys_and_create_key() {
    let alice = user("alice");
    let d = iam_only(&alice, "kms:ListKeys", Target::Account, &[]);
    assert_eq!(d.outcome, Outcome::ImplicitDeny);
    assert_eq!(
        text(d.access_denied(alice.arn(), "kms:ListKeys", "*")),
        "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: kms:ListKeys on \
         resource: * because no identity-based policy allows the kms:ListKeys action"
    );
    let lister = [identity(
        "list",
        r#"{"Effect":"Allow","Action":["kms:ListKeys","kms:ListAliases"],"Resource":"*"}"#,
    )];
    assert!(iam_only(&alice, "kms:ListKeys", Target::Account, &lister).is_allowed());
    // A key-scoped resource does not grant an action whose resource is `*`.
    let scoped = [identity(
        "scoped",
        r#"{"Effect":"Allow","Action":"kms:CreateKey","Resource":"arn:aws:kms:*:111122223333:key/*"}"#,
    )];
    assert!(!iam_only(&alice, "kms:CreateKey", Target::Account, &scoped).is_allowed());
    let no_bypass = [
        identity(
            "create",
            r#"{"Effect":"Allow","Action":"kms:CreateKey","Resource":"*"}"#,
        ),
        identity(
            "guard",
            r#"{"Effect":"Deny","Action":"kms:CreateKey","Resource":"*","Condition":{"Bool":{"kms:BypassPolicyLockoutSafetyCheck":true}}}"#,
        ),
    ];
    let mut ctx = ctx_for(&alice);
    ctx.bypass_policy_lockout_safety_check(true);
    let req = |ctx: &Context| {
        authorize(&Request {
            principal: &alice,
            action: "kms:CreateKey",
            target: Target::Account,
            identity_policies: &no_bypass,
            context: ctx,
            encryption_context: None,
        })
    };
    let d = req(&ctx);
    assert_eq!(d.outcome, Outcome::ExplicitDeny);
    assert!(
        text(d.access_denied(alice.arn(), "kms:CreateKey", "*"))
            .ends_with("with an explicit deny in an identity-based policy")
    );
    ctx.bypass_policy_lockout_safety_check(false);
    assert!(req(&ctx).is_allowed());
}

#[test]
fn the_root_needs_no_identity_policy_for_iam_only_actions() {
    let root = Principal::root(ACCOUNT);
    let d = iam_only(&root, "kms:GenerateRandom", Target::Account, &[]);
    assert!(d.is_allowed());
    assert_eq!(d.basis, [Basis::AccountRoot]);
    assert_eq!(d.explain(), "the account root's own permissions");
}

#[test]
fn the_alias_half_of_alias_operations() {
    let alias = "arn:aws:kms:us-east-1:111122223333:alias/app";
    let alice = user("alice");
    let ids = [identity(
        "aliases",
        r#"{"Effect":"Allow","Action":"kms:CreateAlias","Resource":"arn:aws:kms:*:111122223333:alias/app*"}"#,
    )];
    assert!(iam_only(&alice, "kms:CreateAlias", Target::Alias(alias), &ids).is_allowed());
    let other = "arn:aws:kms:us-east-1:111122223333:alias/billing";
    let d = iam_only(&alice, "kms:CreateAlias", Target::Alias(other), &ids);
    assert!(text(d.access_denied(alice.arn(), "kms:CreateAlias", other)).contains(
        "on resource: arn:aws:kms:us-east-1:111122223333:alias/billing because no identity-based"
    ));
}

#[test]
fn allowed_decisions_raise_nothing_and_outcomes_use_the_simulators_words() {
    let policy = key_policy(&allow("*", "kms:*"));
    let d = Ask::new(&user("alice"), "kms:Encrypt", &policy).decide();
    assert!(d.access_denied("x", "kms:Encrypt", KEY1).is_none());
    assert_eq!(Outcome::Allowed.as_str(), "allowed");
    assert_eq!(Outcome::ExplicitDeny.as_str(), "explicitDeny");
    assert_eq!(Outcome::ImplicitDeny.as_str(), "implicitDeny");
    let none = key_policy(&allow("arn:aws:iam::111122223333:user/bob", "kms:Encrypt"));
    let d = Ask::new(&user("alice"), "kms:Encrypt", &none).decide();
    assert_eq!(d.explain(), "no resource-based policy allows it");
}
