# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_lkms_global_optspecs
    string join \n keystore= region= output= query= cli-binary-format= no-paginate debug profile= endpoint-url= no-cli-pager no-verify-ssl ca-bundle= no-sign-request cli-read-timeout= cli-connect-timeout= color= cli-error-format= no-cli-auto-prompt cli-auto-prompt h/help V/version
end

function __fish_lkms_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_lkms_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_lkms_using_subcommand
    set -l cmd (__fish_lkms_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c lkms -n "__fish_lkms_needs_command" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_needs_command" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_needs_command" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_needs_command" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_needs_command" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_needs_command" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_needs_command" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_needs_command" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_needs_command" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_needs_command" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_needs_command" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_needs_command" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_needs_command" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_needs_command" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_needs_command" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_needs_command" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_needs_command" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_needs_command" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_needs_command" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_needs_command" -s V -l version -d 'Print version'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "cancel-key-deletion" -d 'Stops a scheduled key deletion; the key is left Disabled.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "connect-custom-key-store" -d 'Connects a custom key store to its PKCS#11 token or XKS proxy.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "create-alias" -d 'Gives a key a friendly name that works wherever --key-id takes an alias.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "create-custom-key-store" -d 'Creates a custom key store backed by a PKCS#11 token (CloudHSM) or an XKS proxy.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "create-grant" -d 'Lets another principal use a key for chosen operations.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "create-key" -d 'Creates a KMS key in the current region and prints its metadata.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "decapsulate" -d 'Recovers a shared secret from an ML-KEM ciphertext.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "decrypt" -d 'Decrypts a ciphertext blob and prints the plaintext (base64).'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "delete-alias" -d 'Deletes an alias; the key it pointed to is not affected.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "delete-custom-key-store" -d 'Deletes a disconnected custom key store that holds no keys.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "delete-imported-key-material" -d 'Deletes imported key material; the key waits for new material.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "derive-shared-secret" -d 'Derives a shared secret from a key-agreement key and a peer\'s public key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "describe-custom-key-stores" -d 'Lists custom key stores with their connection states.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "describe-key" -d 'Prints a key\'s metadata: state, usage, spec, dates and current material.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "disable-key" -d 'Disables a key: it keeps its material but refuses cryptographic use.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "disable-key-rotation" -d 'Turns off automatic rotation; existing material versions stay.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "disconnect-custom-key-store" -d 'Disconnects a custom key store; its keys become Unavailable.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "enable-key" -d 'Enables a disabled key so it can be used again.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "enable-key-rotation" -d 'Turns on automatic rotation: new key material every period.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "encapsulate" -d 'Makes an ML-KEM ciphertext and shared secret for a key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "encrypt" -d 'Encrypts up to 4096 bytes under a key and prints the ciphertext blob.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "generate-data-key" -d 'Makes a data key and prints it in plaintext and encrypted under a key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "generate-data-key-pair" -d 'Makes an asymmetric data key pair, the private half also encrypted.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "generate-data-key-pair-without-plaintext" -d 'Makes a data key pair and prints only the encrypted private half.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "generate-data-key-without-plaintext" -d 'Makes a data key and prints only its encrypted copy.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "generate-mac" -d 'Computes an HMAC of a message with an HMAC key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "generate-random" -d 'Prints 1 to 1024 cryptographically secure random bytes.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "get-key-last-usage" -d 'Prints when a key was last used for a cryptographic operation, and by which call.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "get-key-policy" -d 'Prints a key\'s policy exactly as it was stored.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "get-key-rotation-status" -d 'Prints whether automatic rotation is on and when it next happens.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "get-parameters-for-import" -d 'Prints a wrapping public key and import token for importing material.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "get-public-key" -d 'Prints the public half of an asymmetric key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "import-key-material" -d 'Imports wrapped key material into a key made with --origin EXTERNAL.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "list-aliases" -d 'Lists the aliases in the region, or only those of one key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "list-grants" -d 'Lists the grants on a key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "list-key-policies" -d 'Lists the names of a key\'s policies (always default).'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "list-key-rotations" -d 'Lists a key\'s completed rotations, oldest first.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "list-keys" -d 'Lists the keys in the region, in every state.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "list-resource-tags" -d 'Lists a key\'s tags, sorted by tag key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "list-retirable-grants" -d 'Lists the grants a principal may retire.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "put-key-policy" -d 'Replaces a key\'s policy; the document is checked, then kept byte for byte.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "re-encrypt" -d 'Decrypts and encrypts again under another key without exposing the plaintext.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "replicate-key" -d 'Copies a multi-Region primary key, with its key material, to another region.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "retire-grant" -d 'Ends a grant, as its retiring principal or grantee.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "revoke-grant" -d 'Ends a grant, as someone who may administer the key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "rotate-key-on-demand" -d 'Rotates a key now: new material becomes current (10 times at most).'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "schedule-key-deletion" -d 'Schedules a key\'s deletion after 7 to 30 days (default 30).'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "sign" -d 'Signs a message or digest with an asymmetric key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "tag-resource" -d 'Adds tags to a key, or replaces the values of existing tag keys.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "untag-resource" -d 'Removes tags from a key by tag key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "update-alias" -d 'Points an existing alias at another key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "update-custom-key-store" -d 'Changes a custom key store\'s name, password, cluster or proxy settings.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "update-key-description" -d 'Replaces a key\'s description.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "update-primary-region" -d 'Makes the replica in another region the primary of a multi-Region key.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "verify" -d 'Checks a signature made by Sign.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "verify-mac" -d 'Checks an HMAC made by GenerateMac.'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "keystore" -d 'Inspects the local keystore (lkms only; not an `aws kms` command)'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "completions" -d 'Prints a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "serve" -d 'Serves the AWS KMS API over HTTP for SDKs, the aws CLI, Terraform and sops (lkms only)'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "credentials" -d 'Manages the access keys lkms accepts and their principals\' identity policies (lkms only; not an `aws kms` command)'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "hsm-clusters" -d 'Manages the PKCS#11 tokens that stand for CloudHSM clusters (lkms only; not an `aws kms` command)'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "authorize" -d 'Says whether a principal may perform an action on a key, and what decides it (lkms only; the IAM policy simulator\'s allowed, explicitDeny or implicitDeny)'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "audit" -d 'Checks and searches the keystore\'s audit trail, or turns it off (lkms only)'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "generate-docs" -d 'Writes completions and man pages into a directory'
complete -c lkms -n "__fish_lkms_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand cancel-key-deletion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l custom-key-store-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand connect-custom-key-store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l alias-name -d 'The alias: alias/ followed by letters, digits, /, _, - or :.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l target-key-id -d 'The key ID or key ARN the alias points to.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand create-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l custom-key-store-name -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cloud-hsm-cluster-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l trust-anchor-certificate -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l key-store-password -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l custom-key-store-type -d 'One of: AWS_CLOUDHSM, EXTERNAL_KEY_STORE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l xks-proxy-uri-endpoint -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l xks-proxy-uri-path -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l xks-proxy-vpc-endpoint-service-name -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l xks-proxy-vpc-endpoint-service-owner -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l xks-proxy-authentication-credential -d 'A structure (AccessKeyId, RawSecretAccessKey): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l xks-proxy-connectivity -d 'One of: PUBLIC_ENDPOINT, VPC_ENDPOINT_SERVICE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand create-custom-key-store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l grantee-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l retiring-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l operations -d 'A list: values after the flag, or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l constraints -d 'A structure (EncryptionContextSubset, EncryptionContextEquals, SourceArn): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l name -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l grantee-service-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l retiring-service-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand create-grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l policy -d 'A key policy document (JSON), inline or file://PATH.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l description -d 'A description of the key, up to 8192 characters.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l key-usage -d 'What the key is for.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l customer-master-key-spec -d 'Deprecated name for --key-spec.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l key-spec -d 'The kind of key (for a data key: AES_256 or AES_128).' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l origin -d 'Where the material comes from: AWS_KMS, or EXTERNAL to import it later.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l custom-key-store-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l tags -d 'Tags: TagKey=k,TagValue=v ... or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l xks-key-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l bypass-policy-lockout-safety-check -d 'Skip the check that the policy still lets you change it later.'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l no-bypass-policy-lockout-safety-check -d 'Turns --bypass-policy-lockout-safety-check off.'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l multi-region -d 'Make a multi-Region key.'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l no-multi-region -d 'Turns --multi-region off.'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand create-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l shared-secret-ciphertext-blob -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l encapsulation-algorithm -d 'One of: ML_KEM.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand decapsulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l ciphertext-blob -d 'The ciphertext: fileb://PATH for raw bytes, or base64 text.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l encryption-algorithm -d 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l recipient -d 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l dry-run-modifiers -d 'A list: values after the flag, or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand decrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l alias-name -d 'The alias: alias/ followed by letters, digits, /, _, - or :.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand delete-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l custom-key-store-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand delete-custom-key-store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l key-material-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand delete-imported-key-material" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l key-agreement-algorithm -d 'One of: ECDH.' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l public-key -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l recipient -d 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand derive-shared-secret" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l custom-key-store-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l custom-key-store-name -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand describe-custom-key-stores" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand describe-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand disable-key-rotation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l custom-key-store-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand disconnect-custom-key-store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l rotation-period-in-days -d 'Days between automatic rotations, 90 to 2560.' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand enable-key-rotation" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l encapsulation-algorithm -d 'One of: ML_KEM.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand encapsulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l plaintext -d 'The data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l encryption-algorithm -d 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand encrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l number-of-bytes -d 'How many bytes, 1 to 1024.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l key-spec -d 'The kind of key (for a data key: AES_256 or AES_128).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l recipient -d 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l key-pair-spec -d 'One of: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l recipient -d 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l key-pair-spec -d 'One of: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-pair-without-plaintext" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l key-spec -d 'The kind of key (for a data key: AES_256 or AES_128).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l number-of-bytes -d 'How many bytes, 1 to 1024.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand generate-data-key-without-plaintext" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l message -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l mac-algorithm -d 'One of: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand generate-mac" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l number-of-bytes -d 'How many bytes, 1 to 1024.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l custom-key-store-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l recipient -d 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand generate-random" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-last-usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l policy-name -d 'The policy name; default is the only one.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand get-key-rotation-status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l wrapping-algorithm -d 'One of: RSAES_PKCS1_V1_5, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1, RSA_AES_KEY_WRAP_SHA_256, SM2PKE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l wrapping-key-spec -d 'One of: RSA_2048, RSA_3072, RSA_4096, SM2.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand get-parameters-for-import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand get-public-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l import-token -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l encrypted-key-material -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l valid-to -d 'A time: ISO 8601 (2030-01-02T03:04:05Z) or epoch seconds.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l expiration-model -d 'One of: KEY_MATERIAL_EXPIRES, KEY_MATERIAL_DOES_NOT_EXPIRE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l import-type -d 'One of: NEW_KEY_MATERIAL, EXISTING_KEY_MATERIAL.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l key-material-description -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l key-material-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand import-key-material" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand list-aliases" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l grant-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l grantee-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l grantee-service-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand list-grants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-policies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l include-key-material -d 'One of: ALL_KEY_MATERIAL, ROTATIONS_ONLY.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand list-key-rotations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l resource-owners -d 'A list: values after the flag, or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand list-keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand list-resource-tags" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l limit -d 'Items per page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l marker -d 'NextMarker from the previous page; turns automatic paging off.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l retiring-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l retiring-service-principal -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l starting-token -d 'Resume from the NextToken an earlier --max-items run printed.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l page-size -d 'Items fetched per request while paging.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l max-items -d 'Print at most this many items, and a NextToken to continue.' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand list-retirable-grants" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l policy-name -d 'The policy name; default is the only one.' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l policy -d 'A key policy document (JSON), inline or file://PATH.' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l bypass-policy-lockout-safety-check -d 'Skip the check that the policy still lets you change it later.'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l no-bypass-policy-lockout-safety-check -d 'Turns --bypass-policy-lockout-safety-check off.'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand put-key-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l ciphertext-blob -d 'The ciphertext: fileb://PATH for raw bytes, or base64 text.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l source-encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l source-key-id -d 'The key that made the ciphertext, if you want it checked.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l destination-key-id -d 'The key to encrypt under: key ID, key ARN, alias name or alias ARN.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l destination-encryption-context -d 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l source-encryption-algorithm -d 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l destination-encryption-algorithm -d 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l dry-run-modifiers -d 'A list: values after the flag, or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand re-encrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l replica-region -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l policy -d 'A key policy document (JSON), inline or file://PATH.' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l description -d 'A description of the key, up to 8192 characters.' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l tags -d 'Tags: TagKey=k,TagValue=v ... or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l bypass-policy-lockout-safety-check -d 'Skip the check that the policy still lets you change it later.'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l no-bypass-policy-lockout-safety-check -d 'Turns --bypass-policy-lockout-safety-check off.'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand replicate-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l grant-token -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l grant-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand retire-grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l grant-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand revoke-grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand rotate-key-on-demand" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l pending-window-in-days -d 'Days to wait before deleting, 7 to 30.' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand schedule-key-deletion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l message -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l message-type -d 'One of: RAW, DIGEST, EXTERNAL_MU.' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l signing-algorithm -d 'One of: RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, SM2DSA, ML_DSA_SHAKE_256, ED25519_SHA_512, ED25519_PH_SHA_512.' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l tags -d 'Tags: TagKey=k,TagValue=v ... or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand tag-resource" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l tag-keys -d 'Tag keys to remove: values after the flag, or a JSON list.' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand untag-resource" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l alias-name -d 'The alias: alias/ followed by letters, digits, /, _, - or :.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l target-key-id -d 'The key ID or key ARN the alias points to.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand update-alias" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l custom-key-store-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l new-custom-key-store-name -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l key-store-password -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cloud-hsm-cluster-id -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l xks-proxy-uri-endpoint -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l xks-proxy-uri-path -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l xks-proxy-vpc-endpoint-service-name -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l xks-proxy-vpc-endpoint-service-owner -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l xks-proxy-authentication-credential -d 'A structure (AccessKeyId, RawSecretAccessKey): shorthand Name=value,... or JSON.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l xks-proxy-connectivity -d 'One of: PUBLIC_ENDPOINT, VPC_ENDPOINT_SERVICE.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand update-custom-key-store" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l description -d 'A description of the key, up to 8192 characters.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand update-key-description" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l primary-region -d 'A string, or file://PATH to read it from a file.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand update-primary-region" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l message -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l message-type -d 'One of: RAW, DIGEST, EXTERNAL_MU.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l signature -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l signing-algorithm -d 'One of: RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, SM2DSA, ML_DSA_SHAKE_256, ED25519_SHA_512, ED25519_PH_SHA_512.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l message -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l key-id -d 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l mac-algorithm -d 'One of: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l mac -d 'Binary data: base64 text, or fileb://PATH for raw bytes.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l grant-tokens -d 'Grant tokens for grants that are not yet in effect (values after the flag).' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l cli-input-json -d 'The request as JSON (inline or file://PATH) with the API\'s member names; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l cli-input-yaml -d 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l generate-cli-skeleton -d 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.' -r -f -a "input\t''
output\t''
yaml-input\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l dry-run -d 'Check the request and permissions without doing it.'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l no-dry-run -d 'Turns --dry-run off.'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand verify-mac" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -f -a "info" -d 'Prints the keystore\'s path, format version, account, region, root-key source, caller and key count'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -f -a "check" -d 'Checks every document, the write journal (rollback), the deletion index, aliases, leftovers and permissions; exits 1 when something is wrong'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -f -a "seed" -d 'Creates or restores the keys a seed file describes: fixed key IDs, key material, aliases, tags, policies, rotation and creation dates. Running it again changes nothing; a file with a fault changes nothing and names the field at fault. LKMS_SEED_FILE does the same when a new keystore is first used'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -f -a "export-seed" -d 'Writes the region\'s keys as a seed file that `lkms keystore seed` reads back (to stdout unless --file is given). Without --include-key-material the file holds no secrets'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and not __fish_seen_subcommand_from info check seed export-seed help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l repair -d 'Rebuild what is derived, remove dangling aliases and dead writers\' temp files, set modes (never deletes a key or its material)'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l file -d 'The seed file (JSON: {"LkmsSeed": 1, "Keys": [...]}; see the README)' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from seed" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l file -d 'Where to write the seed file' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l include-key-material -d 'Include each key\'s current key material; the file says so and is written with mode 0600 (needs --file)'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from export-seed" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "info" -d 'Prints the keystore\'s path, format version, account, region, root-key source, caller and key count'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "check" -d 'Checks every document, the write journal (rollback), the deletion index, aliases, leftovers and permissions; exits 1 when something is wrong'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "seed" -d 'Creates or restores the keys a seed file describes: fixed key IDs, key material, aliases, tags, policies, rotation and creation dates. Running it again changes nothing; a file with a fault changes nothing and names the field at fault. LKMS_SEED_FILE does the same when a new keystore is first used'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "export-seed" -d 'Writes the region\'s keys as a seed file that `lkms keystore seed` reads back (to stdout unless --file is given). Without --include-key-material the file holds no secrets'
complete -c lkms -n "__fish_lkms_using_subcommand keystore; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand completions" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l port -d 'The port [default: $LKMS_PORT, else 4599; 0 picks a free port, printed on start-up]' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l bind -d 'The address to listen on [default: 127.0.0.1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l regions -d 'Answer only for these Regions, comma-separated [default: $LKMS_SERVE_REGIONS, else any well-formed Region name]' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l max-connections -d 'Connections served at once; more wait [default: $LKMS_SERVE_MAX_CONNECTIONS, else 1024 or what the open-file limit leaves room for]' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l cache-keys -d 'Key documents (and as many unsealed materials) kept in memory between requests; a change made by another process is noticed at the next request [default: $LKMS_SERVE_CACHE_KEYS, else 10000; 0 keeps none]' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l allow-remote -d 'Allow a non-loopback --bind address (anyone who reaches it can use your keys)'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l dev -d 'Development mode: accept any signature (or none) and treat every caller as the account root [default: on if $LKMS_SERVE_DEV is 1]'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l quiet -d 'Do not log requests to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand serve" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "add" -d 'Adds (or replaces) an access key; requests signed with it act as --principal'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "list" -d 'Lists the access keys and their principals (never the secrets)'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "remove" -d 'Removes an access key'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "put-identity-policy" -d 'Attaches (or replaces) a named IAM identity policy of a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "get-identity-policy" -d 'Prints a named IAM identity policy of a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "list-identity-policies" -d 'Lists the names of a user\'s or role\'s IAM identity policies'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "delete-identity-policy" -d 'Detaches a named IAM identity policy from a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and not __fish_seen_subcommand_from add list remove put-identity-policy get-identity-policy list-identity-policies delete-identity-policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l access-key-id -d 'The access key ID clients sign with (AWS_ACCESS_KEY_ID)' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l secret-access-key -d 'The secret access key (AWS_SECRET_ACCESS_KEY); stored sealed under the root key' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l principal -d 'The IAM principal ARN the key acts as [default: the account root]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l session-token -d 'Makes it a temporary credential: requests must carry this session token (AWS_SESSION_TOKEN); stored sealed under the root key' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l expiration -d 'When the temporary credential expires (RFC 3339 or epoch seconds) [default: never]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l identity-policy -d 'An IAM identity policy to attach to the principal (JSON, or file://path)' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l policy-name -d 'The name to attach --identity-policy under [default: default]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l access-key-id -d 'The access key ID' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l principal -d 'The IAM user or role ARN' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l policy-name -d 'The policy\'s name' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l policy-document -d 'The policy document (JSON, or file://path)' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from put-identity-policy" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l principal -d 'The IAM user or role ARN' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l policy-name -d 'The policy\'s name' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from get-identity-policy" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l principal -d 'The IAM user or role ARN' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from list-identity-policies" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l principal -d 'The IAM user or role ARN' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l policy-name -d 'The policy\'s name' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from delete-identity-policy" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "add" -d 'Adds (or replaces) an access key; requests signed with it act as --principal'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists the access keys and their principals (never the secrets)'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Removes an access key'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "put-identity-policy" -d 'Attaches (or replaces) a named IAM identity policy of a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "get-identity-policy" -d 'Prints a named IAM identity policy of a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "list-identity-policies" -d 'Lists the names of a user\'s or role\'s IAM identity policies'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "delete-identity-policy" -d 'Detaches a named IAM identity policy from a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand credentials; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Registers (or replaces) a PKCS#11 token as a CloudHSM cluster'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'Lists the PKCS#11 tokens registered as CloudHSM clusters'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Forgets a registered CloudHSM cluster (its token is not touched)'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l cloud-hsm-cluster-id -d 'The cluster ID custom key stores name (`cluster-` and 11 to 16 letters or digits)' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l pkcs11-module -d 'The path of the PKCS#11 module that drives the token (e.g. libsofthsm2.so)' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l token-label -d 'The token\'s label' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l trust-anchor-certificate -d 'A PEM certificate (or file://path) CreateCustomKeyStore must then be given as --trust-anchor-certificate [default: any valid certificate]' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l cloud-hsm-cluster-id -d 'The cluster ID' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from help" -f -a "add" -d 'Registers (or replaces) a PKCS#11 token as a CloudHSM cluster'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists the PKCS#11 tokens registered as CloudHSM clusters'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Forgets a registered CloudHSM cluster (its token is not touched)'
complete -c lkms -n "__fish_lkms_using_subcommand hsm-clusters; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l principal -d 'The principal\'s ARN (account root, IAM user or role, assumed-role session)' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l action -d 'The action, e.g. kms:Decrypt' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l key-id -d 'The key (key ID, key ARN, alias name or alias ARN); not needed for actions on `*` (kms:CreateKey, kms:ListKeys, kms:ListAliases, kms:GenerateRandom, kms:ListRetirableGrants)' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l encryption-context -d 'The request\'s encryption context, as `k=v,k2=v2` or JSON' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l grant-tokens -d 'Grant tokens the request would carry' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l via-service -d 'The integrated service the request would come through (kms:ViaService); direct calls have none' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l source-ip -d 'The address the request would come from (aws:SourceIp) [default: 127.0.0.1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand authorize" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -f -a "verify" -d 'Checks the audit trail\'s chain and signed digests; reports every edited, removed or reordered event'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -f -a "lookup-events" -d 'Looks up events of the audit trail, newest first, as aws cloudtrail lookup-events does'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -f -a "status" -d 'Prints whether the audit trail is on, its log file size and whether it syncs'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -f -a "enable" -d 'Turns the audit trail on (it is on in a new keystore); sets its file size, sync mode and retention'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -f -a "disable" -d 'Turns the audit trail off (GetKeyLastUsage keeps working); records StopLogging first'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and not __fish_seen_subcommand_from verify lookup-events status enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l lookup-attributes -d 'At most one lookup attribute: AttributeKey=EventId|EventName|ReadOnly|Username| ResourceType|ResourceName|EventSource|AccessKeyId,AttributeValue=string (or JSON)' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l start-time -d 'Only events at or after this time (ISO 8601 or epoch seconds)' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l end-time -d 'Only events at or before this time (ISO 8601 or epoch seconds)' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l event-category -d '`insight` for CloudTrail Insights events (lkms writes none)' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l max-results -d 'Events per page, 1 to 50 (turns off automatic paging)' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l next-token -d 'The NextToken of the previous page (turns off automatic paging)' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l cli-input-json -d 'The request as JSON (LookupEvents\' members), inline or file://' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l starting-token -d 'The NextToken printed by an earlier --max-items run' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l page-size -d 'Events per call while paging automatically' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l max-items -d 'Print at most this many events, then a NextToken to resume from' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from lookup-events" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l max-file-bytes -d 'Close and sign a log file once it reaches this many bytes [default: 8388608]' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l retention-days -d 'Delete closed log files this many days after they were closed, recording it in the trail so that verify still checks what is left; 0 keeps every file (the default)' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l sync -d 'Wait for the disk (fdatasync) before each call returns'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l no-sync -d 'Do not wait for the disk (the default): a power cut may lose the last events'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Checks the audit trail\'s chain and signed digests; reports every edited, removed or reordered event'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "lookup-events" -d 'Looks up events of the audit trail, newest first, as aws cloudtrail lookup-events does'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "status" -d 'Prints whether the audit trail is on, its log file size and whether it syncs'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turns the audit trail on (it is on in a new keystore); sets its file size, sync mode and retention'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turns the audit trail off (GetKeyLastUsage keeps working); records StopLogging first'
complete -c lkms -n "__fish_lkms_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l keystore -d 'Keystore directory [default: $LKMS_HOME, else the platform data directory]' -r -F
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l region -d 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile\'s region, else us-east-1]' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l output -d 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile\'s output, else json]' -r -f -a "json\t''
text\t''
table\t''
yaml\t''
yaml-stream\t''
off\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l query -d 'A JMESPath expression applied to the response before it is printed' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l cli-binary-format -d 'How blob arguments given as text are read' -r -f -a "base64\t''
raw-in-base64-out\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l profile -d 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l endpoint-url -d 'Accepted for compatibility and ignored: lkms works locally' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l ca-bundle -d 'Accepted for compatibility and ignored: lkms makes no TLS connections' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l cli-read-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l cli-connect-timeout -d 'Accepted for compatibility and ignored: lkms makes no network calls' -r
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l color -d 'Accepted for compatibility: lkms prints no colour' -r -f -a "on\t''
off\t''
auto\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l cli-error-format -d 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile\'s cli_error_format, else enhanced]' -r -f -a "legacy\t''
json\t''
yaml\t''
text\t''
table\t''
enhanced\t''"
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l no-paginate -d 'Print one raw page of a list instead of following the pages'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l debug -d 'Print diagnostics to stderr'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l no-cli-pager -d 'Accepted for compatibility: lkms never pages its output'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l no-verify-ssl -d 'Accepted for compatibility and ignored: lkms makes no TLS connections'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l no-sign-request -d 'Accepted for compatibility and ignored: lkms signs nothing'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l no-cli-auto-prompt -d 'Accepted for compatibility: lkms never prompts'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -l cli-auto-prompt -d 'Refused: lkms does not prompt for parameters'
complete -c lkms -n "__fish_lkms_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "cancel-key-deletion" -d 'Stops a scheduled key deletion; the key is left Disabled.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "connect-custom-key-store" -d 'Connects a custom key store to its PKCS#11 token or XKS proxy.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "create-alias" -d 'Gives a key a friendly name that works wherever --key-id takes an alias.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "create-custom-key-store" -d 'Creates a custom key store backed by a PKCS#11 token (CloudHSM) or an XKS proxy.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "create-grant" -d 'Lets another principal use a key for chosen operations.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "create-key" -d 'Creates a KMS key in the current region and prints its metadata.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "decapsulate" -d 'Recovers a shared secret from an ML-KEM ciphertext.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "decrypt" -d 'Decrypts a ciphertext blob and prints the plaintext (base64).'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "delete-alias" -d 'Deletes an alias; the key it pointed to is not affected.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "delete-custom-key-store" -d 'Deletes a disconnected custom key store that holds no keys.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "delete-imported-key-material" -d 'Deletes imported key material; the key waits for new material.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "derive-shared-secret" -d 'Derives a shared secret from a key-agreement key and a peer\'s public key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "describe-custom-key-stores" -d 'Lists custom key stores with their connection states.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "describe-key" -d 'Prints a key\'s metadata: state, usage, spec, dates and current material.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "disable-key" -d 'Disables a key: it keeps its material but refuses cryptographic use.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "disable-key-rotation" -d 'Turns off automatic rotation; existing material versions stay.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "disconnect-custom-key-store" -d 'Disconnects a custom key store; its keys become Unavailable.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "enable-key" -d 'Enables a disabled key so it can be used again.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "enable-key-rotation" -d 'Turns on automatic rotation: new key material every period.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "encapsulate" -d 'Makes an ML-KEM ciphertext and shared secret for a key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "encrypt" -d 'Encrypts up to 4096 bytes under a key and prints the ciphertext blob.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "generate-data-key" -d 'Makes a data key and prints it in plaintext and encrypted under a key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "generate-data-key-pair" -d 'Makes an asymmetric data key pair, the private half also encrypted.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "generate-data-key-pair-without-plaintext" -d 'Makes a data key pair and prints only the encrypted private half.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "generate-data-key-without-plaintext" -d 'Makes a data key and prints only its encrypted copy.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "generate-mac" -d 'Computes an HMAC of a message with an HMAC key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "generate-random" -d 'Prints 1 to 1024 cryptographically secure random bytes.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "get-key-last-usage" -d 'Prints when a key was last used for a cryptographic operation, and by which call.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "get-key-policy" -d 'Prints a key\'s policy exactly as it was stored.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "get-key-rotation-status" -d 'Prints whether automatic rotation is on and when it next happens.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "get-parameters-for-import" -d 'Prints a wrapping public key and import token for importing material.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "get-public-key" -d 'Prints the public half of an asymmetric key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "import-key-material" -d 'Imports wrapped key material into a key made with --origin EXTERNAL.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "list-aliases" -d 'Lists the aliases in the region, or only those of one key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "list-grants" -d 'Lists the grants on a key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "list-key-policies" -d 'Lists the names of a key\'s policies (always default).'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "list-key-rotations" -d 'Lists a key\'s completed rotations, oldest first.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "list-keys" -d 'Lists the keys in the region, in every state.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "list-resource-tags" -d 'Lists a key\'s tags, sorted by tag key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "list-retirable-grants" -d 'Lists the grants a principal may retire.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "put-key-policy" -d 'Replaces a key\'s policy; the document is checked, then kept byte for byte.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "re-encrypt" -d 'Decrypts and encrypts again under another key without exposing the plaintext.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "replicate-key" -d 'Copies a multi-Region primary key, with its key material, to another region.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "retire-grant" -d 'Ends a grant, as its retiring principal or grantee.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "revoke-grant" -d 'Ends a grant, as someone who may administer the key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "rotate-key-on-demand" -d 'Rotates a key now: new material becomes current (10 times at most).'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "schedule-key-deletion" -d 'Schedules a key\'s deletion after 7 to 30 days (default 30).'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "sign" -d 'Signs a message or digest with an asymmetric key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "tag-resource" -d 'Adds tags to a key, or replaces the values of existing tag keys.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "untag-resource" -d 'Removes tags from a key by tag key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "update-alias" -d 'Points an existing alias at another key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "update-custom-key-store" -d 'Changes a custom key store\'s name, password, cluster or proxy settings.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "update-key-description" -d 'Replaces a key\'s description.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "update-primary-region" -d 'Makes the replica in another region the primary of a multi-Region key.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "verify" -d 'Checks a signature made by Sign.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "verify-mac" -d 'Checks an HMAC made by GenerateMac.'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "keystore" -d 'Inspects the local keystore (lkms only; not an `aws kms` command)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "completions" -d 'Prints a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "serve" -d 'Serves the AWS KMS API over HTTP for SDKs, the aws CLI, Terraform and sops (lkms only)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "credentials" -d 'Manages the access keys lkms accepts and their principals\' identity policies (lkms only; not an `aws kms` command)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "hsm-clusters" -d 'Manages the PKCS#11 tokens that stand for CloudHSM clusters (lkms only; not an `aws kms` command)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "authorize" -d 'Says whether a principal may perform an action on a key, and what decides it (lkms only; the IAM policy simulator\'s allowed, explicitDeny or implicitDeny)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "audit" -d 'Checks and searches the keystore\'s audit trail, or turns it off (lkms only)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "generate-docs" -d 'Writes completions and man pages into a directory'
complete -c lkms -n "__fish_lkms_using_subcommand help; and not __fish_seen_subcommand_from cancel-key-deletion connect-custom-key-store create-alias create-custom-key-store create-grant create-key decapsulate decrypt delete-alias delete-custom-key-store delete-imported-key-material derive-shared-secret describe-custom-key-stores describe-key disable-key disable-key-rotation disconnect-custom-key-store enable-key enable-key-rotation encapsulate encrypt generate-data-key generate-data-key-pair generate-data-key-pair-without-plaintext generate-data-key-without-plaintext generate-mac generate-random get-key-last-usage get-key-policy get-key-rotation-status get-parameters-for-import get-public-key import-key-material list-aliases list-grants list-key-policies list-key-rotations list-keys list-resource-tags list-retirable-grants put-key-policy re-encrypt replicate-key retire-grant revoke-grant rotate-key-on-demand schedule-key-deletion sign tag-resource untag-resource update-alias update-custom-key-store update-key-description update-primary-region verify verify-mac keystore completions serve credentials hsm-clusters authorize audit generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "info" -d 'Prints the keystore\'s path, format version, account, region, root-key source, caller and key count'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "check" -d 'Checks every document, the write journal (rollback), the deletion index, aliases, leftovers and permissions; exits 1 when something is wrong'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "seed" -d 'Creates or restores the keys a seed file describes: fixed key IDs, key material, aliases, tags, policies, rotation and creation dates. Running it again changes nothing; a file with a fault changes nothing and names the field at fault. LKMS_SEED_FILE does the same when a new keystore is first used'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from keystore" -f -a "export-seed" -d 'Writes the region\'s keys as a seed file that `lkms keystore seed` reads back (to stdout unless --file is given). Without --include-key-material the file holds no secrets'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "add" -d 'Adds (or replaces) an access key; requests signed with it act as --principal'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "list" -d 'Lists the access keys and their principals (never the secrets)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "remove" -d 'Removes an access key'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "put-identity-policy" -d 'Attaches (or replaces) a named IAM identity policy of a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "get-identity-policy" -d 'Prints a named IAM identity policy of a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "list-identity-policies" -d 'Lists the names of a user\'s or role\'s IAM identity policies'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from credentials" -f -a "delete-identity-policy" -d 'Detaches a named IAM identity policy from a user or role'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from hsm-clusters" -f -a "add" -d 'Registers (or replaces) a PKCS#11 token as a CloudHSM cluster'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from hsm-clusters" -f -a "list" -d 'Lists the PKCS#11 tokens registered as CloudHSM clusters'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from hsm-clusters" -f -a "remove" -d 'Forgets a registered CloudHSM cluster (its token is not touched)'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Checks the audit trail\'s chain and signed digests; reports every edited, removed or reordered event'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "lookup-events" -d 'Looks up events of the audit trail, newest first, as aws cloudtrail lookup-events does'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "status" -d 'Prints whether the audit trail is on, its log file size and whether it syncs'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "enable" -d 'Turns the audit trail on (it is on in a new keystore); sets its file size, sync mode and retention'
complete -c lkms -n "__fish_lkms_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "disable" -d 'Turns the audit trail off (GetKeyLastUsage keeps working); records StopLogging first'
