
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'lkms' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'lkms'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'lkms' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('cancel-key-deletion', 'cancel-key-deletion', [CompletionResultType]::ParameterValue, 'Stops a scheduled key deletion; the key is left Disabled.')
            [CompletionResult]::new('connect-custom-key-store', 'connect-custom-key-store', [CompletionResultType]::ParameterValue, 'Connects a custom key store to its PKCS#11 token or XKS proxy.')
            [CompletionResult]::new('create-alias', 'create-alias', [CompletionResultType]::ParameterValue, 'Gives a key a friendly name that works wherever --key-id takes an alias.')
            [CompletionResult]::new('create-custom-key-store', 'create-custom-key-store', [CompletionResultType]::ParameterValue, 'Creates a custom key store backed by a PKCS#11 token (CloudHSM) or an XKS proxy.')
            [CompletionResult]::new('create-grant', 'create-grant', [CompletionResultType]::ParameterValue, 'Lets another principal use a key for chosen operations.')
            [CompletionResult]::new('create-key', 'create-key', [CompletionResultType]::ParameterValue, 'Creates a KMS key in the current region and prints its metadata.')
            [CompletionResult]::new('decapsulate', 'decapsulate', [CompletionResultType]::ParameterValue, 'Recovers a shared secret from an ML-KEM ciphertext.')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypts a ciphertext blob and prints the plaintext (base64).')
            [CompletionResult]::new('delete-alias', 'delete-alias', [CompletionResultType]::ParameterValue, 'Deletes an alias; the key it pointed to is not affected.')
            [CompletionResult]::new('delete-custom-key-store', 'delete-custom-key-store', [CompletionResultType]::ParameterValue, 'Deletes a disconnected custom key store that holds no keys.')
            [CompletionResult]::new('delete-imported-key-material', 'delete-imported-key-material', [CompletionResultType]::ParameterValue, 'Deletes imported key material; the key waits for new material.')
            [CompletionResult]::new('derive-shared-secret', 'derive-shared-secret', [CompletionResultType]::ParameterValue, 'Derives a shared secret from a key-agreement key and a peer''s public key.')
            [CompletionResult]::new('describe-custom-key-stores', 'describe-custom-key-stores', [CompletionResultType]::ParameterValue, 'Lists custom key stores with their connection states.')
            [CompletionResult]::new('describe-key', 'describe-key', [CompletionResultType]::ParameterValue, 'Prints a key''s metadata: state, usage, spec, dates and current material.')
            [CompletionResult]::new('disable-key', 'disable-key', [CompletionResultType]::ParameterValue, 'Disables a key: it keeps its material but refuses cryptographic use.')
            [CompletionResult]::new('disable-key-rotation', 'disable-key-rotation', [CompletionResultType]::ParameterValue, 'Turns off automatic rotation; existing material versions stay.')
            [CompletionResult]::new('disconnect-custom-key-store', 'disconnect-custom-key-store', [CompletionResultType]::ParameterValue, 'Disconnects a custom key store; its keys become Unavailable.')
            [CompletionResult]::new('enable-key', 'enable-key', [CompletionResultType]::ParameterValue, 'Enables a disabled key so it can be used again.')
            [CompletionResult]::new('enable-key-rotation', 'enable-key-rotation', [CompletionResultType]::ParameterValue, 'Turns on automatic rotation: new key material every period.')
            [CompletionResult]::new('encapsulate', 'encapsulate', [CompletionResultType]::ParameterValue, 'Makes an ML-KEM ciphertext and shared secret for a key.')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypts up to 4096 bytes under a key and prints the ciphertext blob.')
            [CompletionResult]::new('generate-data-key', 'generate-data-key', [CompletionResultType]::ParameterValue, 'Makes a data key and prints it in plaintext and encrypted under a key.')
            [CompletionResult]::new('generate-data-key-pair', 'generate-data-key-pair', [CompletionResultType]::ParameterValue, 'Makes an asymmetric data key pair, the private half also encrypted.')
            [CompletionResult]::new('generate-data-key-pair-without-plaintext', 'generate-data-key-pair-without-plaintext', [CompletionResultType]::ParameterValue, 'Makes a data key pair and prints only the encrypted private half.')
            [CompletionResult]::new('generate-data-key-without-plaintext', 'generate-data-key-without-plaintext', [CompletionResultType]::ParameterValue, 'Makes a data key and prints only its encrypted copy.')
            [CompletionResult]::new('generate-mac', 'generate-mac', [CompletionResultType]::ParameterValue, 'Computes an HMAC of a message with an HMAC key.')
            [CompletionResult]::new('generate-random', 'generate-random', [CompletionResultType]::ParameterValue, 'Prints 1 to 1024 cryptographically secure random bytes.')
            [CompletionResult]::new('get-key-last-usage', 'get-key-last-usage', [CompletionResultType]::ParameterValue, 'Prints when a key was last used for a cryptographic operation, and by which call.')
            [CompletionResult]::new('get-key-policy', 'get-key-policy', [CompletionResultType]::ParameterValue, 'Prints a key''s policy exactly as it was stored.')
            [CompletionResult]::new('get-key-rotation-status', 'get-key-rotation-status', [CompletionResultType]::ParameterValue, 'Prints whether automatic rotation is on and when it next happens.')
            [CompletionResult]::new('get-parameters-for-import', 'get-parameters-for-import', [CompletionResultType]::ParameterValue, 'Prints a wrapping public key and import token for importing material.')
            [CompletionResult]::new('get-public-key', 'get-public-key', [CompletionResultType]::ParameterValue, 'Prints the public half of an asymmetric key.')
            [CompletionResult]::new('import-key-material', 'import-key-material', [CompletionResultType]::ParameterValue, 'Imports wrapped key material into a key made with --origin EXTERNAL.')
            [CompletionResult]::new('list-aliases', 'list-aliases', [CompletionResultType]::ParameterValue, 'Lists the aliases in the region, or only those of one key.')
            [CompletionResult]::new('list-grants', 'list-grants', [CompletionResultType]::ParameterValue, 'Lists the grants on a key.')
            [CompletionResult]::new('list-key-policies', 'list-key-policies', [CompletionResultType]::ParameterValue, 'Lists the names of a key''s policies (always default).')
            [CompletionResult]::new('list-key-rotations', 'list-key-rotations', [CompletionResultType]::ParameterValue, 'Lists a key''s completed rotations, oldest first.')
            [CompletionResult]::new('list-keys', 'list-keys', [CompletionResultType]::ParameterValue, 'Lists the keys in the region, in every state.')
            [CompletionResult]::new('list-resource-tags', 'list-resource-tags', [CompletionResultType]::ParameterValue, 'Lists a key''s tags, sorted by tag key.')
            [CompletionResult]::new('list-retirable-grants', 'list-retirable-grants', [CompletionResultType]::ParameterValue, 'Lists the grants a principal may retire.')
            [CompletionResult]::new('put-key-policy', 'put-key-policy', [CompletionResultType]::ParameterValue, 'Replaces a key''s policy; the document is checked, then kept byte for byte.')
            [CompletionResult]::new('re-encrypt', 're-encrypt', [CompletionResultType]::ParameterValue, 'Decrypts and encrypts again under another key without exposing the plaintext.')
            [CompletionResult]::new('replicate-key', 'replicate-key', [CompletionResultType]::ParameterValue, 'Copies a multi-Region primary key, with its key material, to another region.')
            [CompletionResult]::new('retire-grant', 'retire-grant', [CompletionResultType]::ParameterValue, 'Ends a grant, as its retiring principal or grantee.')
            [CompletionResult]::new('revoke-grant', 'revoke-grant', [CompletionResultType]::ParameterValue, 'Ends a grant, as someone who may administer the key.')
            [CompletionResult]::new('rotate-key-on-demand', 'rotate-key-on-demand', [CompletionResultType]::ParameterValue, 'Rotates a key now: new material becomes current (10 times at most).')
            [CompletionResult]::new('schedule-key-deletion', 'schedule-key-deletion', [CompletionResultType]::ParameterValue, 'Schedules a key''s deletion after 7 to 30 days (default 30).')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Signs a message or digest with an asymmetric key.')
            [CompletionResult]::new('tag-resource', 'tag-resource', [CompletionResultType]::ParameterValue, 'Adds tags to a key, or replaces the values of existing tag keys.')
            [CompletionResult]::new('untag-resource', 'untag-resource', [CompletionResultType]::ParameterValue, 'Removes tags from a key by tag key.')
            [CompletionResult]::new('update-alias', 'update-alias', [CompletionResultType]::ParameterValue, 'Points an existing alias at another key.')
            [CompletionResult]::new('update-custom-key-store', 'update-custom-key-store', [CompletionResultType]::ParameterValue, 'Changes a custom key store''s name, password, cluster or proxy settings.')
            [CompletionResult]::new('update-key-description', 'update-key-description', [CompletionResultType]::ParameterValue, 'Replaces a key''s description.')
            [CompletionResult]::new('update-primary-region', 'update-primary-region', [CompletionResultType]::ParameterValue, 'Makes the replica in another region the primary of a multi-Region key.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Checks a signature made by Sign.')
            [CompletionResult]::new('verify-mac', 'verify-mac', [CompletionResultType]::ParameterValue, 'Checks an HMAC made by GenerateMac.')
            [CompletionResult]::new('keystore', 'keystore', [CompletionResultType]::ParameterValue, 'Inspects the local keystore (lkms only; not an `aws kms` command)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Prints a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serves the AWS KMS API over HTTP for SDKs, the aws CLI, Terraform and sops (lkms only)')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Manages the access keys lkms accepts and their principals'' identity policies (lkms only; not an `aws kms` command)')
            [CompletionResult]::new('hsm-clusters', 'hsm-clusters', [CompletionResultType]::ParameterValue, 'Manages the PKCS#11 tokens that stand for CloudHSM clusters (lkms only; not an `aws kms` command)')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Says whether a principal may perform an action on a key, and what decides it (lkms only; the IAM policy simulator''s allowed, explicitDeny or implicitDeny)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Checks and searches the keystore''s audit trail, or turns it off (lkms only)')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Writes completions and man pages into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;cancel-key-deletion' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;connect-custom-key-store' {
            [CompletionResult]::new('--custom-key-store-id', '--custom-key-store-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;create-alias' {
            [CompletionResult]::new('--alias-name', '--alias-name', [CompletionResultType]::ParameterName, 'The alias: alias/ followed by letters, digits, /, _, - or :.')
            [CompletionResult]::new('--target-key-id', '--target-key-id', [CompletionResultType]::ParameterName, 'The key ID or key ARN the alias points to.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;create-custom-key-store' {
            [CompletionResult]::new('--custom-key-store-name', '--custom-key-store-name', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cloud-hsm-cluster-id', '--cloud-hsm-cluster-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--trust-anchor-certificate', '--trust-anchor-certificate', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--key-store-password', '--key-store-password', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--custom-key-store-type', '--custom-key-store-type', [CompletionResultType]::ParameterName, 'One of: AWS_CLOUDHSM, EXTERNAL_KEY_STORE.')
            [CompletionResult]::new('--xks-proxy-uri-endpoint', '--xks-proxy-uri-endpoint', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-uri-path', '--xks-proxy-uri-path', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-vpc-endpoint-service-name', '--xks-proxy-vpc-endpoint-service-name', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-vpc-endpoint-service-owner', '--xks-proxy-vpc-endpoint-service-owner', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-authentication-credential', '--xks-proxy-authentication-credential', [CompletionResultType]::ParameterName, 'A structure (AccessKeyId, RawSecretAccessKey): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--xks-proxy-connectivity', '--xks-proxy-connectivity', [CompletionResultType]::ParameterName, 'One of: PUBLIC_ENDPOINT, VPC_ENDPOINT_SERVICE.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;create-grant' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--grantee-principal', '--grantee-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--retiring-principal', '--retiring-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--operations', '--operations', [CompletionResultType]::ParameterName, 'A list: values after the flag, or a JSON list.')
            [CompletionResult]::new('--constraints', '--constraints', [CompletionResultType]::ParameterName, 'A structure (EncryptionContextSubset, EncryptionContextEquals, SourceArn): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--grantee-service-principal', '--grantee-service-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--retiring-service-principal', '--retiring-service-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;create-key' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'A key policy document (JSON), inline or file://PATH.')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the key, up to 8192 characters.')
            [CompletionResult]::new('--key-usage', '--key-usage', [CompletionResultType]::ParameterName, 'What the key is for.')
            [CompletionResult]::new('--customer-master-key-spec', '--customer-master-key-spec', [CompletionResultType]::ParameterName, 'Deprecated name for --key-spec.')
            [CompletionResult]::new('--key-spec', '--key-spec', [CompletionResultType]::ParameterName, 'The kind of key (for a data key: AES_256 or AES_128).')
            [CompletionResult]::new('--origin', '--origin', [CompletionResultType]::ParameterName, 'Where the material comes from: AWS_KMS, or EXTERNAL to import it later.')
            [CompletionResult]::new('--custom-key-store-id', '--custom-key-store-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags: TagKey=k,TagValue=v ... or a JSON list.')
            [CompletionResult]::new('--xks-key-id', '--xks-key-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--bypass-policy-lockout-safety-check', '--bypass-policy-lockout-safety-check', [CompletionResultType]::ParameterName, 'Skip the check that the policy still lets you change it later.')
            [CompletionResult]::new('--no-bypass-policy-lockout-safety-check', '--no-bypass-policy-lockout-safety-check', [CompletionResultType]::ParameterName, 'Turns --bypass-policy-lockout-safety-check off.')
            [CompletionResult]::new('--multi-region', '--multi-region', [CompletionResultType]::ParameterName, 'Make a multi-Region key.')
            [CompletionResult]::new('--no-multi-region', '--no-multi-region', [CompletionResultType]::ParameterName, 'Turns --multi-region off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;decapsulate' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--shared-secret-ciphertext-blob', '--shared-secret-ciphertext-blob', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--encapsulation-algorithm', '--encapsulation-algorithm', [CompletionResultType]::ParameterName, 'One of: ML_KEM.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;decrypt' {
            [CompletionResult]::new('--ciphertext-blob', '--ciphertext-blob', [CompletionResultType]::ParameterName, 'The ciphertext: fileb://PATH for raw bytes, or base64 text.')
            [CompletionResult]::new('--encryption-context', '--encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--dry-run-modifiers', '--dry-run-modifiers', [CompletionResultType]::ParameterName, 'A list: values after the flag, or a JSON list.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;delete-alias' {
            [CompletionResult]::new('--alias-name', '--alias-name', [CompletionResultType]::ParameterName, 'The alias: alias/ followed by letters, digits, /, _, - or :.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;delete-custom-key-store' {
            [CompletionResult]::new('--custom-key-store-id', '--custom-key-store-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;delete-imported-key-material' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--key-material-id', '--key-material-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;derive-shared-secret' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--key-agreement-algorithm', '--key-agreement-algorithm', [CompletionResultType]::ParameterName, 'One of: ECDH.')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;describe-custom-key-stores' {
            [CompletionResult]::new('--custom-key-store-id', '--custom-key-store-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--custom-key-store-name', '--custom-key-store-name', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;describe-key' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;disable-key' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;disable-key-rotation' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;disconnect-custom-key-store' {
            [CompletionResult]::new('--custom-key-store-id', '--custom-key-store-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;enable-key' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;enable-key-rotation' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--rotation-period-in-days', '--rotation-period-in-days', [CompletionResultType]::ParameterName, 'Days between automatic rotations, 90 to 2560.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;encapsulate' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--encapsulation-algorithm', '--encapsulation-algorithm', [CompletionResultType]::ParameterName, 'One of: ML_KEM.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;encrypt' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--plaintext', '--plaintext', [CompletionResultType]::ParameterName, 'The data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--encryption-context', '--encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--encryption-algorithm', '--encryption-algorithm', [CompletionResultType]::ParameterName, 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;generate-data-key' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--encryption-context', '--encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--number-of-bytes', '--number-of-bytes', [CompletionResultType]::ParameterName, 'How many bytes, 1 to 1024.')
            [CompletionResult]::new('--key-spec', '--key-spec', [CompletionResultType]::ParameterName, 'The kind of key (for a data key: AES_256 or AES_128).')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;generate-data-key-pair' {
            [CompletionResult]::new('--encryption-context', '--encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--key-pair-spec', '--key-pair-spec', [CompletionResultType]::ParameterName, 'One of: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;generate-data-key-pair-without-plaintext' {
            [CompletionResult]::new('--encryption-context', '--encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--key-pair-spec', '--key-pair-spec', [CompletionResultType]::ParameterName, 'One of: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;generate-data-key-without-plaintext' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--encryption-context', '--encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--key-spec', '--key-spec', [CompletionResultType]::ParameterName, 'The kind of key (for a data key: AES_256 or AES_128).')
            [CompletionResult]::new('--number-of-bytes', '--number-of-bytes', [CompletionResultType]::ParameterName, 'How many bytes, 1 to 1024.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;generate-mac' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--mac-algorithm', '--mac-algorithm', [CompletionResultType]::ParameterName, 'One of: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;generate-random' {
            [CompletionResult]::new('--number-of-bytes', '--number-of-bytes', [CompletionResultType]::ParameterName, 'How many bytes, 1 to 1024.')
            [CompletionResult]::new('--custom-key-store-id', '--custom-key-store-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A structure (KeyEncryptionAlgorithm, AttestationDocument): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;get-key-last-usage' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;get-key-policy' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--policy-name', '--policy-name', [CompletionResultType]::ParameterName, 'The policy name; default is the only one.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;get-key-rotation-status' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;get-parameters-for-import' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--wrapping-algorithm', '--wrapping-algorithm', [CompletionResultType]::ParameterName, 'One of: RSAES_PKCS1_V1_5, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1, RSA_AES_KEY_WRAP_SHA_256, SM2PKE.')
            [CompletionResult]::new('--wrapping-key-spec', '--wrapping-key-spec', [CompletionResultType]::ParameterName, 'One of: RSA_2048, RSA_3072, RSA_4096, SM2.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;get-public-key' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;import-key-material' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--import-token', '--import-token', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--encrypted-key-material', '--encrypted-key-material', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--valid-to', '--valid-to', [CompletionResultType]::ParameterName, 'A time: ISO 8601 (2030-01-02T03:04:05Z) or epoch seconds.')
            [CompletionResult]::new('--expiration-model', '--expiration-model', [CompletionResultType]::ParameterName, 'One of: KEY_MATERIAL_EXPIRES, KEY_MATERIAL_DOES_NOT_EXPIRE.')
            [CompletionResult]::new('--import-type', '--import-type', [CompletionResultType]::ParameterName, 'One of: NEW_KEY_MATERIAL, EXISTING_KEY_MATERIAL.')
            [CompletionResult]::new('--key-material-description', '--key-material-description', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--key-material-id', '--key-material-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;list-aliases' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;list-grants' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--grant-id', '--grant-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--grantee-principal', '--grantee-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--grantee-service-principal', '--grantee-service-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;list-key-policies' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;list-key-rotations' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--include-key-material', '--include-key-material', [CompletionResultType]::ParameterName, 'One of: ALL_KEY_MATERIAL, ROTATIONS_ONLY.')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;list-keys' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--resource-owners', '--resource-owners', [CompletionResultType]::ParameterName, 'A list: values after the flag, or a JSON list.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;list-resource-tags' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;list-retirable-grants' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Items per page; turns automatic paging off.')
            [CompletionResult]::new('--marker', '--marker', [CompletionResultType]::ParameterName, 'NextMarker from the previous page; turns automatic paging off.')
            [CompletionResult]::new('--retiring-principal', '--retiring-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--retiring-service-principal', '--retiring-service-principal', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'Resume from the NextToken an earlier --max-items run printed.')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items fetched per request while paging.')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many items, and a NextToken to continue.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;put-key-policy' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--policy-name', '--policy-name', [CompletionResultType]::ParameterName, 'The policy name; default is the only one.')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'A key policy document (JSON), inline or file://PATH.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--bypass-policy-lockout-safety-check', '--bypass-policy-lockout-safety-check', [CompletionResultType]::ParameterName, 'Skip the check that the policy still lets you change it later.')
            [CompletionResult]::new('--no-bypass-policy-lockout-safety-check', '--no-bypass-policy-lockout-safety-check', [CompletionResultType]::ParameterName, 'Turns --bypass-policy-lockout-safety-check off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;re-encrypt' {
            [CompletionResult]::new('--ciphertext-blob', '--ciphertext-blob', [CompletionResultType]::ParameterName, 'The ciphertext: fileb://PATH for raw bytes, or base64 text.')
            [CompletionResult]::new('--source-encryption-context', '--source-encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--source-key-id', '--source-key-id', [CompletionResultType]::ParameterName, 'The key that made the ciphertext, if you want it checked.')
            [CompletionResult]::new('--destination-key-id', '--destination-key-id', [CompletionResultType]::ParameterName, 'The key to encrypt under: key ID, key ARN, alias name or alias ARN.')
            [CompletionResult]::new('--destination-encryption-context', '--destination-encryption-context', [CompletionResultType]::ParameterName, 'Authenticated context that must be given again to decrypt: k1=v1,k2=v2 or JSON.')
            [CompletionResult]::new('--source-encryption-algorithm', '--source-encryption-algorithm', [CompletionResultType]::ParameterName, 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.')
            [CompletionResult]::new('--destination-encryption-algorithm', '--destination-encryption-algorithm', [CompletionResultType]::ParameterName, 'One of: SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--dry-run-modifiers', '--dry-run-modifiers', [CompletionResultType]::ParameterName, 'A list: values after the flag, or a JSON list.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;replicate-key' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--replica-region', '--replica-region', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'A key policy document (JSON), inline or file://PATH.')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the key, up to 8192 characters.')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags: TagKey=k,TagValue=v ... or a JSON list.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--bypass-policy-lockout-safety-check', '--bypass-policy-lockout-safety-check', [CompletionResultType]::ParameterName, 'Skip the check that the policy still lets you change it later.')
            [CompletionResult]::new('--no-bypass-policy-lockout-safety-check', '--no-bypass-policy-lockout-safety-check', [CompletionResultType]::ParameterName, 'Turns --bypass-policy-lockout-safety-check off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;retire-grant' {
            [CompletionResult]::new('--grant-token', '--grant-token', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--grant-id', '--grant-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;revoke-grant' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--grant-id', '--grant-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;rotate-key-on-demand' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;schedule-key-deletion' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--pending-window-in-days', '--pending-window-in-days', [CompletionResultType]::ParameterName, 'Days to wait before deleting, 7 to 30.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;sign' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--message-type', '--message-type', [CompletionResultType]::ParameterName, 'One of: RAW, DIGEST, EXTERNAL_MU.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--signing-algorithm', '--signing-algorithm', [CompletionResultType]::ParameterName, 'One of: RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, SM2DSA, ML_DSA_SHAKE_256, ED25519_SHA_512, ED25519_PH_SHA_512.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;tag-resource' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags: TagKey=k,TagValue=v ... or a JSON list.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;untag-resource' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--tag-keys', '--tag-keys', [CompletionResultType]::ParameterName, 'Tag keys to remove: values after the flag, or a JSON list.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;update-alias' {
            [CompletionResult]::new('--alias-name', '--alias-name', [CompletionResultType]::ParameterName, 'The alias: alias/ followed by letters, digits, /, _, - or :.')
            [CompletionResult]::new('--target-key-id', '--target-key-id', [CompletionResultType]::ParameterName, 'The key ID or key ARN the alias points to.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;update-custom-key-store' {
            [CompletionResult]::new('--custom-key-store-id', '--custom-key-store-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--new-custom-key-store-name', '--new-custom-key-store-name', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--key-store-password', '--key-store-password', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cloud-hsm-cluster-id', '--cloud-hsm-cluster-id', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-uri-endpoint', '--xks-proxy-uri-endpoint', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-uri-path', '--xks-proxy-uri-path', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-vpc-endpoint-service-name', '--xks-proxy-vpc-endpoint-service-name', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-vpc-endpoint-service-owner', '--xks-proxy-vpc-endpoint-service-owner', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--xks-proxy-authentication-credential', '--xks-proxy-authentication-credential', [CompletionResultType]::ParameterName, 'A structure (AccessKeyId, RawSecretAccessKey): shorthand Name=value,... or JSON.')
            [CompletionResult]::new('--xks-proxy-connectivity', '--xks-proxy-connectivity', [CompletionResultType]::ParameterName, 'One of: PUBLIC_ENDPOINT, VPC_ENDPOINT_SERVICE.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;update-key-description' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description of the key, up to 8192 characters.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;update-primary-region' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--primary-region', '--primary-region', [CompletionResultType]::ParameterName, 'A string, or file://PATH to read it from a file.')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;verify' {
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--message-type', '--message-type', [CompletionResultType]::ParameterName, 'One of: RAW, DIGEST, EXTERNAL_MU.')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--signing-algorithm', '--signing-algorithm', [CompletionResultType]::ParameterName, 'One of: RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, SM2DSA, ML_DSA_SHAKE_256, ED25519_SHA_512, ED25519_PH_SHA_512.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;verify-mac' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key: key ID or key ARN (alias name or alias ARN where the operation takes one).')
            [CompletionResult]::new('--mac-algorithm', '--mac-algorithm', [CompletionResultType]::ParameterName, 'One of: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512.')
            [CompletionResult]::new('--mac', '--mac', [CompletionResultType]::ParameterName, 'Binary data: base64 text, or fileb://PATH for raw bytes.')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens for grants that are not yet in effect (values after the flag).')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (inline or file://PATH) with the API''s member names; flags override it.')
            [CompletionResult]::new('--cli-input-yaml', '--cli-input-yaml', [CompletionResultType]::ParameterName, 'The request as YAML (inline or file://PATH), as --generate-cli-skeleton yaml-input lays it out; flags override it.')
            [CompletionResult]::new('--generate-cli-skeleton', '--generate-cli-skeleton', [CompletionResultType]::ParameterName, 'Print a template of the request (input: JSON, yaml-input: YAML) or response (output) and stop.')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the request and permissions without doing it.')
            [CompletionResult]::new('--no-dry-run', '--no-dry-run', [CompletionResultType]::ParameterName, 'Turns --dry-run off.')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'lkms;keystore' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Prints the keystore''s path, format version, account, region, root-key source, caller and key count')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Checks every document, the write journal (rollback), the deletion index, aliases, leftovers and permissions; exits 1 when something is wrong')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Creates or restores the keys a seed file describes: fixed key IDs, key material, aliases, tags, policies, rotation and creation dates. Running it again changes nothing; a file with a fault changes nothing and names the field at fault. LKMS_SEED_FILE does the same when a new keystore is first used')
            [CompletionResult]::new('export-seed', 'export-seed', [CompletionResultType]::ParameterValue, 'Writes the region''s keys as a seed file that `lkms keystore seed` reads back (to stdout unless --file is given). Without --include-key-material the file holds no secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;keystore;info' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;keystore;check' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--repair', '--repair', [CompletionResultType]::ParameterName, 'Rebuild what is derived, remove dangling aliases and dead writers'' temp files, set modes (never deletes a key or its material)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;keystore;seed' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The seed file (JSON: {"LkmsSeed": 1, "Keys": [...]}; see the README)')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;keystore;export-seed' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Where to write the seed file')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--include-key-material', '--include-key-material', [CompletionResultType]::ParameterName, 'Include each key''s current key material; the file says so and is written with mode 0600 (needs --file)')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;keystore;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Prints the keystore''s path, format version, account, region, root-key source, caller and key count')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Checks every document, the write journal (rollback), the deletion index, aliases, leftovers and permissions; exits 1 when something is wrong')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Creates or restores the keys a seed file describes: fixed key IDs, key material, aliases, tags, policies, rotation and creation dates. Running it again changes nothing; a file with a fault changes nothing and names the field at fault. LKMS_SEED_FILE does the same when a new keystore is first used')
            [CompletionResult]::new('export-seed', 'export-seed', [CompletionResultType]::ParameterValue, 'Writes the region''s keys as a seed file that `lkms keystore seed` reads back (to stdout unless --file is given). Without --include-key-material the file holds no secrets')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;keystore;help;info' {
            break
        }
        'lkms;keystore;help;check' {
            break
        }
        'lkms;keystore;help;seed' {
            break
        }
        'lkms;keystore;help;export-seed' {
            break
        }
        'lkms;keystore;help;help' {
            break
        }
        'lkms;completions' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port [default: $LKMS_PORT, else 4599; 0 picks a free port, printed on start-up]')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'The address to listen on [default: 127.0.0.1]')
            [CompletionResult]::new('--regions', '--regions', [CompletionResultType]::ParameterName, 'Answer only for these Regions, comma-separated [default: $LKMS_SERVE_REGIONS, else any well-formed Region name]')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Connections served at once; more wait [default: $LKMS_SERVE_MAX_CONNECTIONS, else 1024 or what the open-file limit leaves room for]')
            [CompletionResult]::new('--cache-keys', '--cache-keys', [CompletionResultType]::ParameterName, 'Key documents (and as many unsealed materials) kept in memory between requests; a change made by another process is noticed at the next request [default: $LKMS_SERVE_CACHE_KEYS, else 10000; 0 keeps none]')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow a non-loopback --bind address (anyone who reaches it can use your keys)')
            [CompletionResult]::new('--dev', '--dev', [CompletionResultType]::ParameterName, 'Development mode: accept any signature (or none) and treat every caller as the account root [default: on if $LKMS_SERVE_DEV is 1]')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Do not log requests to stderr')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds (or replaces) an access key; requests signed with it act as --principal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists the access keys and their principals (never the secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes an access key')
            [CompletionResult]::new('put-identity-policy', 'put-identity-policy', [CompletionResultType]::ParameterValue, 'Attaches (or replaces) a named IAM identity policy of a user or role')
            [CompletionResult]::new('get-identity-policy', 'get-identity-policy', [CompletionResultType]::ParameterValue, 'Prints a named IAM identity policy of a user or role')
            [CompletionResult]::new('list-identity-policies', 'list-identity-policies', [CompletionResultType]::ParameterValue, 'Lists the names of a user''s or role''s IAM identity policies')
            [CompletionResult]::new('delete-identity-policy', 'delete-identity-policy', [CompletionResultType]::ParameterValue, 'Detaches a named IAM identity policy from a user or role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;credentials;add' {
            [CompletionResult]::new('--access-key-id', '--access-key-id', [CompletionResultType]::ParameterName, 'The access key ID clients sign with (AWS_ACCESS_KEY_ID)')
            [CompletionResult]::new('--secret-access-key', '--secret-access-key', [CompletionResultType]::ParameterName, 'The secret access key (AWS_SECRET_ACCESS_KEY); stored sealed under the root key')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'The IAM principal ARN the key acts as [default: the account root]')
            [CompletionResult]::new('--session-token', '--session-token', [CompletionResultType]::ParameterName, 'Makes it a temporary credential: requests must carry this session token (AWS_SESSION_TOKEN); stored sealed under the root key')
            [CompletionResult]::new('--expiration', '--expiration', [CompletionResultType]::ParameterName, 'When the temporary credential expires (RFC 3339 or epoch seconds) [default: never]')
            [CompletionResult]::new('--identity-policy', '--identity-policy', [CompletionResultType]::ParameterName, 'An IAM identity policy to attach to the principal (JSON, or file://path)')
            [CompletionResult]::new('--policy-name', '--policy-name', [CompletionResultType]::ParameterName, 'The name to attach --identity-policy under [default: default]')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials;list' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials;remove' {
            [CompletionResult]::new('--access-key-id', '--access-key-id', [CompletionResultType]::ParameterName, 'The access key ID')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials;put-identity-policy' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'The IAM user or role ARN')
            [CompletionResult]::new('--policy-name', '--policy-name', [CompletionResultType]::ParameterName, 'The policy''s name')
            [CompletionResult]::new('--policy-document', '--policy-document', [CompletionResultType]::ParameterName, 'The policy document (JSON, or file://path)')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials;get-identity-policy' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'The IAM user or role ARN')
            [CompletionResult]::new('--policy-name', '--policy-name', [CompletionResultType]::ParameterName, 'The policy''s name')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials;list-identity-policies' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'The IAM user or role ARN')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials;delete-identity-policy' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'The IAM user or role ARN')
            [CompletionResult]::new('--policy-name', '--policy-name', [CompletionResultType]::ParameterName, 'The policy''s name')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;credentials;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds (or replaces) an access key; requests signed with it act as --principal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists the access keys and their principals (never the secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes an access key')
            [CompletionResult]::new('put-identity-policy', 'put-identity-policy', [CompletionResultType]::ParameterValue, 'Attaches (or replaces) a named IAM identity policy of a user or role')
            [CompletionResult]::new('get-identity-policy', 'get-identity-policy', [CompletionResultType]::ParameterValue, 'Prints a named IAM identity policy of a user or role')
            [CompletionResult]::new('list-identity-policies', 'list-identity-policies', [CompletionResultType]::ParameterValue, 'Lists the names of a user''s or role''s IAM identity policies')
            [CompletionResult]::new('delete-identity-policy', 'delete-identity-policy', [CompletionResultType]::ParameterValue, 'Detaches a named IAM identity policy from a user or role')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;credentials;help;add' {
            break
        }
        'lkms;credentials;help;list' {
            break
        }
        'lkms;credentials;help;remove' {
            break
        }
        'lkms;credentials;help;put-identity-policy' {
            break
        }
        'lkms;credentials;help;get-identity-policy' {
            break
        }
        'lkms;credentials;help;list-identity-policies' {
            break
        }
        'lkms;credentials;help;delete-identity-policy' {
            break
        }
        'lkms;credentials;help;help' {
            break
        }
        'lkms;hsm-clusters' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Registers (or replaces) a PKCS#11 token as a CloudHSM cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists the PKCS#11 tokens registered as CloudHSM clusters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forgets a registered CloudHSM cluster (its token is not touched)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;hsm-clusters;add' {
            [CompletionResult]::new('--cloud-hsm-cluster-id', '--cloud-hsm-cluster-id', [CompletionResultType]::ParameterName, 'The cluster ID custom key stores name (`cluster-` and 11 to 16 letters or digits)')
            [CompletionResult]::new('--pkcs11-module', '--pkcs11-module', [CompletionResultType]::ParameterName, 'The path of the PKCS#11 module that drives the token (e.g. libsofthsm2.so)')
            [CompletionResult]::new('--token-label', '--token-label', [CompletionResultType]::ParameterName, 'The token''s label')
            [CompletionResult]::new('--trust-anchor-certificate', '--trust-anchor-certificate', [CompletionResultType]::ParameterName, 'A PEM certificate (or file://path) CreateCustomKeyStore must then be given as --trust-anchor-certificate [default: any valid certificate]')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;hsm-clusters;list' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;hsm-clusters;remove' {
            [CompletionResult]::new('--cloud-hsm-cluster-id', '--cloud-hsm-cluster-id', [CompletionResultType]::ParameterName, 'The cluster ID')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;hsm-clusters;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Registers (or replaces) a PKCS#11 token as a CloudHSM cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists the PKCS#11 tokens registered as CloudHSM clusters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forgets a registered CloudHSM cluster (its token is not touched)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;hsm-clusters;help;add' {
            break
        }
        'lkms;hsm-clusters;help;list' {
            break
        }
        'lkms;hsm-clusters;help;remove' {
            break
        }
        'lkms;hsm-clusters;help;help' {
            break
        }
        'lkms;authorize' {
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'The principal''s ARN (account root, IAM user or role, assumed-role session)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'The action, e.g. kms:Decrypt')
            [CompletionResult]::new('--key-id', '--key-id', [CompletionResultType]::ParameterName, 'The key (key ID, key ARN, alias name or alias ARN); not needed for actions on `*` (kms:CreateKey, kms:ListKeys, kms:ListAliases, kms:GenerateRandom, kms:ListRetirableGrants)')
            [CompletionResult]::new('--encryption-context', '--encryption-context', [CompletionResultType]::ParameterName, 'The request''s encryption context, as `k=v,k2=v2` or JSON')
            [CompletionResult]::new('--grant-tokens', '--grant-tokens', [CompletionResultType]::ParameterName, 'Grant tokens the request would carry')
            [CompletionResult]::new('--via-service', '--via-service', [CompletionResultType]::ParameterName, 'The integrated service the request would come through (kms:ViaService); direct calls have none')
            [CompletionResult]::new('--source-ip', '--source-ip', [CompletionResultType]::ParameterName, 'The address the request would come from (aws:SourceIp) [default: 127.0.0.1]')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;audit' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Checks the audit trail''s chain and signed digests; reports every edited, removed or reordered event')
            [CompletionResult]::new('lookup-events', 'lookup-events', [CompletionResultType]::ParameterValue, 'Looks up events of the audit trail, newest first, as aws cloudtrail lookup-events does')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Prints whether the audit trail is on, its log file size and whether it syncs')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turns the audit trail on (it is on in a new keystore); sets its file size, sync mode and retention')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turns the audit trail off (GetKeyLastUsage keeps working); records StopLogging first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;audit;verify' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;audit;lookup-events' {
            [CompletionResult]::new('--lookup-attributes', '--lookup-attributes', [CompletionResultType]::ParameterName, 'At most one lookup attribute: AttributeKey=EventId|EventName|ReadOnly|Username| ResourceType|ResourceName|EventSource|AccessKeyId,AttributeValue=string (or JSON)')
            [CompletionResult]::new('--start-time', '--start-time', [CompletionResultType]::ParameterName, 'Only events at or after this time (ISO 8601 or epoch seconds)')
            [CompletionResult]::new('--end-time', '--end-time', [CompletionResultType]::ParameterName, 'Only events at or before this time (ISO 8601 or epoch seconds)')
            [CompletionResult]::new('--event-category', '--event-category', [CompletionResultType]::ParameterName, '`insight` for CloudTrail Insights events (lkms writes none)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'Events per page, 1 to 50 (turns off automatic paging)')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'The NextToken of the previous page (turns off automatic paging)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The request as JSON (LookupEvents'' members), inline or file://')
            [CompletionResult]::new('--starting-token', '--starting-token', [CompletionResultType]::ParameterName, 'The NextToken printed by an earlier --max-items run')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Events per call while paging automatically')
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Print at most this many events, then a NextToken to resume from')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;audit;status' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;audit;enable' {
            [CompletionResult]::new('--max-file-bytes', '--max-file-bytes', [CompletionResultType]::ParameterName, 'Close and sign a log file once it reaches this many bytes [default: 8388608]')
            [CompletionResult]::new('--retention-days', '--retention-days', [CompletionResultType]::ParameterName, 'Delete closed log files this many days after they were closed, recording it in the trail so that verify still checks what is left; 0 keeps every file (the default)')
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--sync', '--sync', [CompletionResultType]::ParameterName, 'Wait for the disk (fdatasync) before each call returns')
            [CompletionResult]::new('--no-sync', '--no-sync', [CompletionResultType]::ParameterName, 'Do not wait for the disk (the default): a power cut may lose the last events')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;audit;disable' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Checks the audit trail''s chain and signed digests; reports every edited, removed or reordered event')
            [CompletionResult]::new('lookup-events', 'lookup-events', [CompletionResultType]::ParameterValue, 'Looks up events of the audit trail, newest first, as aws cloudtrail lookup-events does')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Prints whether the audit trail is on, its log file size and whether it syncs')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turns the audit trail on (it is on in a new keystore); sets its file size, sync mode and retention')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turns the audit trail off (GetKeyLastUsage keeps working); records StopLogging first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;audit;help;verify' {
            break
        }
        'lkms;audit;help;lookup-events' {
            break
        }
        'lkms;audit;help;status' {
            break
        }
        'lkms;audit;help;enable' {
            break
        }
        'lkms;audit;help;disable' {
            break
        }
        'lkms;audit;help;help' {
            break
        }
        'lkms;generate-docs' {
            [CompletionResult]::new('--keystore', '--keystore', [CompletionResultType]::ParameterName, 'Keystore directory [default: $LKMS_HOME, else the platform data directory]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region [default: $AWS_REGION, else $AWS_DEFAULT_REGION, else the profile''s region, else us-east-1]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format [default: $AWS_DEFAULT_OUTPUT, else the profile''s output, else json]')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression applied to the response before it is printed')
            [CompletionResult]::new('--cli-binary-format', '--cli-binary-format', [CompletionResultType]::ParameterName, 'How blob arguments given as text are read')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The profile in the AWS config and credentials files whose region, output, cli_binary_format and access key apply')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms works locally')
            [CompletionResult]::new('--ca-bundle', '--ca-bundle', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--cli-read-timeout', '--cli-read-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--cli-connect-timeout', '--cli-connect-timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no network calls')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms prints no colour')
            [CompletionResult]::new('--cli-error-format', '--cli-error-format', [CompletionResultType]::ParameterName, 'How errors are printed [default: $AWS_CLI_ERROR_FORMAT, else the profile''s cli_error_format, else enhanced]')
            [CompletionResult]::new('--no-paginate', '--no-paginate', [CompletionResultType]::ParameterName, 'Print one raw page of a list instead of following the pages')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print diagnostics to stderr')
            [CompletionResult]::new('--no-cli-pager', '--no-cli-pager', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never pages its output')
            [CompletionResult]::new('--no-verify-ssl', '--no-verify-ssl', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms makes no TLS connections')
            [CompletionResult]::new('--no-sign-request', '--no-sign-request', [CompletionResultType]::ParameterName, 'Accepted for compatibility and ignored: lkms signs nothing')
            [CompletionResult]::new('--no-cli-auto-prompt', '--no-cli-auto-prompt', [CompletionResultType]::ParameterName, 'Accepted for compatibility: lkms never prompts')
            [CompletionResult]::new('--cli-auto-prompt', '--cli-auto-prompt', [CompletionResultType]::ParameterName, 'Refused: lkms does not prompt for parameters')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'lkms;help' {
            [CompletionResult]::new('cancel-key-deletion', 'cancel-key-deletion', [CompletionResultType]::ParameterValue, 'Stops a scheduled key deletion; the key is left Disabled.')
            [CompletionResult]::new('connect-custom-key-store', 'connect-custom-key-store', [CompletionResultType]::ParameterValue, 'Connects a custom key store to its PKCS#11 token or XKS proxy.')
            [CompletionResult]::new('create-alias', 'create-alias', [CompletionResultType]::ParameterValue, 'Gives a key a friendly name that works wherever --key-id takes an alias.')
            [CompletionResult]::new('create-custom-key-store', 'create-custom-key-store', [CompletionResultType]::ParameterValue, 'Creates a custom key store backed by a PKCS#11 token (CloudHSM) or an XKS proxy.')
            [CompletionResult]::new('create-grant', 'create-grant', [CompletionResultType]::ParameterValue, 'Lets another principal use a key for chosen operations.')
            [CompletionResult]::new('create-key', 'create-key', [CompletionResultType]::ParameterValue, 'Creates a KMS key in the current region and prints its metadata.')
            [CompletionResult]::new('decapsulate', 'decapsulate', [CompletionResultType]::ParameterValue, 'Recovers a shared secret from an ML-KEM ciphertext.')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypts a ciphertext blob and prints the plaintext (base64).')
            [CompletionResult]::new('delete-alias', 'delete-alias', [CompletionResultType]::ParameterValue, 'Deletes an alias; the key it pointed to is not affected.')
            [CompletionResult]::new('delete-custom-key-store', 'delete-custom-key-store', [CompletionResultType]::ParameterValue, 'Deletes a disconnected custom key store that holds no keys.')
            [CompletionResult]::new('delete-imported-key-material', 'delete-imported-key-material', [CompletionResultType]::ParameterValue, 'Deletes imported key material; the key waits for new material.')
            [CompletionResult]::new('derive-shared-secret', 'derive-shared-secret', [CompletionResultType]::ParameterValue, 'Derives a shared secret from a key-agreement key and a peer''s public key.')
            [CompletionResult]::new('describe-custom-key-stores', 'describe-custom-key-stores', [CompletionResultType]::ParameterValue, 'Lists custom key stores with their connection states.')
            [CompletionResult]::new('describe-key', 'describe-key', [CompletionResultType]::ParameterValue, 'Prints a key''s metadata: state, usage, spec, dates and current material.')
            [CompletionResult]::new('disable-key', 'disable-key', [CompletionResultType]::ParameterValue, 'Disables a key: it keeps its material but refuses cryptographic use.')
            [CompletionResult]::new('disable-key-rotation', 'disable-key-rotation', [CompletionResultType]::ParameterValue, 'Turns off automatic rotation; existing material versions stay.')
            [CompletionResult]::new('disconnect-custom-key-store', 'disconnect-custom-key-store', [CompletionResultType]::ParameterValue, 'Disconnects a custom key store; its keys become Unavailable.')
            [CompletionResult]::new('enable-key', 'enable-key', [CompletionResultType]::ParameterValue, 'Enables a disabled key so it can be used again.')
            [CompletionResult]::new('enable-key-rotation', 'enable-key-rotation', [CompletionResultType]::ParameterValue, 'Turns on automatic rotation: new key material every period.')
            [CompletionResult]::new('encapsulate', 'encapsulate', [CompletionResultType]::ParameterValue, 'Makes an ML-KEM ciphertext and shared secret for a key.')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypts up to 4096 bytes under a key and prints the ciphertext blob.')
            [CompletionResult]::new('generate-data-key', 'generate-data-key', [CompletionResultType]::ParameterValue, 'Makes a data key and prints it in plaintext and encrypted under a key.')
            [CompletionResult]::new('generate-data-key-pair', 'generate-data-key-pair', [CompletionResultType]::ParameterValue, 'Makes an asymmetric data key pair, the private half also encrypted.')
            [CompletionResult]::new('generate-data-key-pair-without-plaintext', 'generate-data-key-pair-without-plaintext', [CompletionResultType]::ParameterValue, 'Makes a data key pair and prints only the encrypted private half.')
            [CompletionResult]::new('generate-data-key-without-plaintext', 'generate-data-key-without-plaintext', [CompletionResultType]::ParameterValue, 'Makes a data key and prints only its encrypted copy.')
            [CompletionResult]::new('generate-mac', 'generate-mac', [CompletionResultType]::ParameterValue, 'Computes an HMAC of a message with an HMAC key.')
            [CompletionResult]::new('generate-random', 'generate-random', [CompletionResultType]::ParameterValue, 'Prints 1 to 1024 cryptographically secure random bytes.')
            [CompletionResult]::new('get-key-last-usage', 'get-key-last-usage', [CompletionResultType]::ParameterValue, 'Prints when a key was last used for a cryptographic operation, and by which call.')
            [CompletionResult]::new('get-key-policy', 'get-key-policy', [CompletionResultType]::ParameterValue, 'Prints a key''s policy exactly as it was stored.')
            [CompletionResult]::new('get-key-rotation-status', 'get-key-rotation-status', [CompletionResultType]::ParameterValue, 'Prints whether automatic rotation is on and when it next happens.')
            [CompletionResult]::new('get-parameters-for-import', 'get-parameters-for-import', [CompletionResultType]::ParameterValue, 'Prints a wrapping public key and import token for importing material.')
            [CompletionResult]::new('get-public-key', 'get-public-key', [CompletionResultType]::ParameterValue, 'Prints the public half of an asymmetric key.')
            [CompletionResult]::new('import-key-material', 'import-key-material', [CompletionResultType]::ParameterValue, 'Imports wrapped key material into a key made with --origin EXTERNAL.')
            [CompletionResult]::new('list-aliases', 'list-aliases', [CompletionResultType]::ParameterValue, 'Lists the aliases in the region, or only those of one key.')
            [CompletionResult]::new('list-grants', 'list-grants', [CompletionResultType]::ParameterValue, 'Lists the grants on a key.')
            [CompletionResult]::new('list-key-policies', 'list-key-policies', [CompletionResultType]::ParameterValue, 'Lists the names of a key''s policies (always default).')
            [CompletionResult]::new('list-key-rotations', 'list-key-rotations', [CompletionResultType]::ParameterValue, 'Lists a key''s completed rotations, oldest first.')
            [CompletionResult]::new('list-keys', 'list-keys', [CompletionResultType]::ParameterValue, 'Lists the keys in the region, in every state.')
            [CompletionResult]::new('list-resource-tags', 'list-resource-tags', [CompletionResultType]::ParameterValue, 'Lists a key''s tags, sorted by tag key.')
            [CompletionResult]::new('list-retirable-grants', 'list-retirable-grants', [CompletionResultType]::ParameterValue, 'Lists the grants a principal may retire.')
            [CompletionResult]::new('put-key-policy', 'put-key-policy', [CompletionResultType]::ParameterValue, 'Replaces a key''s policy; the document is checked, then kept byte for byte.')
            [CompletionResult]::new('re-encrypt', 're-encrypt', [CompletionResultType]::ParameterValue, 'Decrypts and encrypts again under another key without exposing the plaintext.')
            [CompletionResult]::new('replicate-key', 'replicate-key', [CompletionResultType]::ParameterValue, 'Copies a multi-Region primary key, with its key material, to another region.')
            [CompletionResult]::new('retire-grant', 'retire-grant', [CompletionResultType]::ParameterValue, 'Ends a grant, as its retiring principal or grantee.')
            [CompletionResult]::new('revoke-grant', 'revoke-grant', [CompletionResultType]::ParameterValue, 'Ends a grant, as someone who may administer the key.')
            [CompletionResult]::new('rotate-key-on-demand', 'rotate-key-on-demand', [CompletionResultType]::ParameterValue, 'Rotates a key now: new material becomes current (10 times at most).')
            [CompletionResult]::new('schedule-key-deletion', 'schedule-key-deletion', [CompletionResultType]::ParameterValue, 'Schedules a key''s deletion after 7 to 30 days (default 30).')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Signs a message or digest with an asymmetric key.')
            [CompletionResult]::new('tag-resource', 'tag-resource', [CompletionResultType]::ParameterValue, 'Adds tags to a key, or replaces the values of existing tag keys.')
            [CompletionResult]::new('untag-resource', 'untag-resource', [CompletionResultType]::ParameterValue, 'Removes tags from a key by tag key.')
            [CompletionResult]::new('update-alias', 'update-alias', [CompletionResultType]::ParameterValue, 'Points an existing alias at another key.')
            [CompletionResult]::new('update-custom-key-store', 'update-custom-key-store', [CompletionResultType]::ParameterValue, 'Changes a custom key store''s name, password, cluster or proxy settings.')
            [CompletionResult]::new('update-key-description', 'update-key-description', [CompletionResultType]::ParameterValue, 'Replaces a key''s description.')
            [CompletionResult]::new('update-primary-region', 'update-primary-region', [CompletionResultType]::ParameterValue, 'Makes the replica in another region the primary of a multi-Region key.')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Checks a signature made by Sign.')
            [CompletionResult]::new('verify-mac', 'verify-mac', [CompletionResultType]::ParameterValue, 'Checks an HMAC made by GenerateMac.')
            [CompletionResult]::new('keystore', 'keystore', [CompletionResultType]::ParameterValue, 'Inspects the local keystore (lkms only; not an `aws kms` command)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Prints a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serves the AWS KMS API over HTTP for SDKs, the aws CLI, Terraform and sops (lkms only)')
            [CompletionResult]::new('credentials', 'credentials', [CompletionResultType]::ParameterValue, 'Manages the access keys lkms accepts and their principals'' identity policies (lkms only; not an `aws kms` command)')
            [CompletionResult]::new('hsm-clusters', 'hsm-clusters', [CompletionResultType]::ParameterValue, 'Manages the PKCS#11 tokens that stand for CloudHSM clusters (lkms only; not an `aws kms` command)')
            [CompletionResult]::new('authorize', 'authorize', [CompletionResultType]::ParameterValue, 'Says whether a principal may perform an action on a key, and what decides it (lkms only; the IAM policy simulator''s allowed, explicitDeny or implicitDeny)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Checks and searches the keystore''s audit trail, or turns it off (lkms only)')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Writes completions and man pages into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'lkms;help;cancel-key-deletion' {
            break
        }
        'lkms;help;connect-custom-key-store' {
            break
        }
        'lkms;help;create-alias' {
            break
        }
        'lkms;help;create-custom-key-store' {
            break
        }
        'lkms;help;create-grant' {
            break
        }
        'lkms;help;create-key' {
            break
        }
        'lkms;help;decapsulate' {
            break
        }
        'lkms;help;decrypt' {
            break
        }
        'lkms;help;delete-alias' {
            break
        }
        'lkms;help;delete-custom-key-store' {
            break
        }
        'lkms;help;delete-imported-key-material' {
            break
        }
        'lkms;help;derive-shared-secret' {
            break
        }
        'lkms;help;describe-custom-key-stores' {
            break
        }
        'lkms;help;describe-key' {
            break
        }
        'lkms;help;disable-key' {
            break
        }
        'lkms;help;disable-key-rotation' {
            break
        }
        'lkms;help;disconnect-custom-key-store' {
            break
        }
        'lkms;help;enable-key' {
            break
        }
        'lkms;help;enable-key-rotation' {
            break
        }
        'lkms;help;encapsulate' {
            break
        }
        'lkms;help;encrypt' {
            break
        }
        'lkms;help;generate-data-key' {
            break
        }
        'lkms;help;generate-data-key-pair' {
            break
        }
        'lkms;help;generate-data-key-pair-without-plaintext' {
            break
        }
        'lkms;help;generate-data-key-without-plaintext' {
            break
        }
        'lkms;help;generate-mac' {
            break
        }
        'lkms;help;generate-random' {
            break
        }
        'lkms;help;get-key-last-usage' {
            break
        }
        'lkms;help;get-key-policy' {
            break
        }
        'lkms;help;get-key-rotation-status' {
            break
        }
        'lkms;help;get-parameters-for-import' {
            break
        }
        'lkms;help;get-public-key' {
            break
        }
        'lkms;help;import-key-material' {
            break
        }
        'lkms;help;list-aliases' {
            break
        }
        'lkms;help;list-grants' {
            break
        }
        'lkms;help;list-key-policies' {
            break
        }
        'lkms;help;list-key-rotations' {
            break
        }
        'lkms;help;list-keys' {
            break
        }
        'lkms;help;list-resource-tags' {
            break
        }
        'lkms;help;list-retirable-grants' {
            break
        }
        'lkms;help;put-key-policy' {
            break
        }
        'lkms;help;re-encrypt' {
            break
        }
        'lkms;help;replicate-key' {
            break
        }
        'lkms;help;retire-grant' {
            break
        }
        'lkms;help;revoke-grant' {
            break
        }
        'lkms;help;rotate-key-on-demand' {
            break
        }
        'lkms;help;schedule-key-deletion' {
            break
        }
        'lkms;help;sign' {
            break
        }
        'lkms;help;tag-resource' {
            break
        }
        'lkms;help;untag-resource' {
            break
        }
        'lkms;help;update-alias' {
            break
        }
        'lkms;help;update-custom-key-store' {
            break
        }
        'lkms;help;update-key-description' {
            break
        }
        'lkms;help;update-primary-region' {
            break
        }
        'lkms;help;verify' {
            break
        }
        'lkms;help;verify-mac' {
            break
        }
        'lkms;help;keystore' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Prints the keystore''s path, format version, account, region, root-key source, caller and key count')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Checks every document, the write journal (rollback), the deletion index, aliases, leftovers and permissions; exits 1 when something is wrong')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Creates or restores the keys a seed file describes: fixed key IDs, key material, aliases, tags, policies, rotation and creation dates. Running it again changes nothing; a file with a fault changes nothing and names the field at fault. LKMS_SEED_FILE does the same when a new keystore is first used')
            [CompletionResult]::new('export-seed', 'export-seed', [CompletionResultType]::ParameterValue, 'Writes the region''s keys as a seed file that `lkms keystore seed` reads back (to stdout unless --file is given). Without --include-key-material the file holds no secrets')
            break
        }
        'lkms;help;keystore;info' {
            break
        }
        'lkms;help;keystore;check' {
            break
        }
        'lkms;help;keystore;seed' {
            break
        }
        'lkms;help;keystore;export-seed' {
            break
        }
        'lkms;help;completions' {
            break
        }
        'lkms;help;serve' {
            break
        }
        'lkms;help;credentials' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Adds (or replaces) an access key; requests signed with it act as --principal')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists the access keys and their principals (never the secrets)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Removes an access key')
            [CompletionResult]::new('put-identity-policy', 'put-identity-policy', [CompletionResultType]::ParameterValue, 'Attaches (or replaces) a named IAM identity policy of a user or role')
            [CompletionResult]::new('get-identity-policy', 'get-identity-policy', [CompletionResultType]::ParameterValue, 'Prints a named IAM identity policy of a user or role')
            [CompletionResult]::new('list-identity-policies', 'list-identity-policies', [CompletionResultType]::ParameterValue, 'Lists the names of a user''s or role''s IAM identity policies')
            [CompletionResult]::new('delete-identity-policy', 'delete-identity-policy', [CompletionResultType]::ParameterValue, 'Detaches a named IAM identity policy from a user or role')
            break
        }
        'lkms;help;credentials;add' {
            break
        }
        'lkms;help;credentials;list' {
            break
        }
        'lkms;help;credentials;remove' {
            break
        }
        'lkms;help;credentials;put-identity-policy' {
            break
        }
        'lkms;help;credentials;get-identity-policy' {
            break
        }
        'lkms;help;credentials;list-identity-policies' {
            break
        }
        'lkms;help;credentials;delete-identity-policy' {
            break
        }
        'lkms;help;hsm-clusters' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Registers (or replaces) a PKCS#11 token as a CloudHSM cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists the PKCS#11 tokens registered as CloudHSM clusters')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Forgets a registered CloudHSM cluster (its token is not touched)')
            break
        }
        'lkms;help;hsm-clusters;add' {
            break
        }
        'lkms;help;hsm-clusters;list' {
            break
        }
        'lkms;help;hsm-clusters;remove' {
            break
        }
        'lkms;help;authorize' {
            break
        }
        'lkms;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Checks the audit trail''s chain and signed digests; reports every edited, removed or reordered event')
            [CompletionResult]::new('lookup-events', 'lookup-events', [CompletionResultType]::ParameterValue, 'Looks up events of the audit trail, newest first, as aws cloudtrail lookup-events does')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Prints whether the audit trail is on, its log file size and whether it syncs')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turns the audit trail on (it is on in a new keystore); sets its file size, sync mode and retention')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turns the audit trail off (GetKeyLastUsage keeps working); records StopLogging first')
            break
        }
        'lkms;help;audit;verify' {
            break
        }
        'lkms;help;audit;lookup-events' {
            break
        }
        'lkms;help;audit;status' {
            break
        }
        'lkms;help;audit;enable' {
            break
        }
        'lkms;help;audit;disable' {
            break
        }
        'lkms;help;generate-docs' {
            break
        }
        'lkms;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
