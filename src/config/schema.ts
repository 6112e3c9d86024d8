import { z } from 'zod';
import { lazyCron } from './cron.ts';
import { EVENT_TYPES, validTypePattern } from '../events/types.ts';
import { isLoopback } from '../net.ts';
import { placeholderHelp, unknownPlaceholders, userFieldsIn } from '../profile/placeholders.ts';

// The one config file (YAML). Every key is documented in config/adesync.example.yaml.
// Paths may be relative: they resolve against the config file's folder (see load.ts).

const hostPort = z.string().regex(/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'expected HOST:PORT, e.g. 127.0.0.1:9641');
const httpsUrl = z
  .string()
  .url('expected an absolute URL')
  .refine((u) => u.startsWith('https://'), 'must be an https:// URL (Apple devices refuse plain http)');
const cronExpr = z
  .string()
  .refine(
    (s) => lazyCron().validate(s),
    'not a cron expression: 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first, quoted, e.g. "*/5 * * * *"',
  );

/** Loopback hosts: the only place plain http may go (adesync sim on this machine). */

/** Apple's service: https, or http to a loopback address (the simulator). Anything else (http elsewhere, ftp…) is refused. */
const appleUrl = z
  .string()
  .url('expected an absolute URL such as https://mdmenrollment.apple.com')
  .refine((u) => {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      return true;
    } // the url check above has said so
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  }, 'must be an https:// URL (plain http is allowed only to a loopback address, 127.0.0.0/8, ::1 or localhost, for "adesync sim")');

const SKIP_KEYS = [
  'Accessibility',
  'AccessibilityAppearance',
  'ActionButton',
  'AdditionalPrivacySettings',
  'Android',
  'Appearance',
  'AppleID',
  'AppStore',
  'Biometric',
  'CameraButton',
  'DeviceToDeviceMigration',
  'Diagnostics',
  'DisplayTone',
  'EnableLockdownMode',
  'FileVault',
  'HomeButtonSensitivity',
  'iCloudDiagnostics',
  'iCloudStorage',
  'iMessageAndFaceTime',
  'Intelligence',
  'Keyboard',
  'LiquidGlass',
  'Location',
  'MessagingActivationUsingPhoneNumber',
  'Multitasking',
  'OnBoarding',
  'OSShowcase',
  'Passcode',
  'Payment',
  'Privacy',
  'Restore',
  'RestoreCompleted',
  'Safety',
  'SafetyAndHandling',
  'ScreenSaver',
  'ScreenTime',
  'SIMSetup',
  'Siri',
  'SoftwareUpdate',
  'SpokenLanguage',
  'TapToSetup',
  'TermsOfAddress',
  'Tips',
  'TOS',
  'TVHomeScreenSync',
  'TVProviderSignIn',
  'TVRoom',
  'UnlockWithWatch',
  'UpdateCompleted',
  'Wallpaper',
  'WatchMigration',
  'WebContentFiltering',
  'Welcome',
  'Zoom',
] as const;

/** An ADE profile (A.10) as the admin writes it. Defaults are this project's purpose: supervised, mandatory, non-removable. */
const adeProfileSchema = z
  .object({
    profile_name: z.string().min(1).max(125),
    url: httpsUrl.refine((u) => encodeURI(u).length <= 2000, 'longer than 2000 URL-encoded characters'),
    configuration_web_url: httpsUrl.optional(),
    allow_pairing: z.boolean().optional(),
    is_supervised: z.boolean().default(true),
    is_mandatory: z.boolean().default(true),
    is_mdm_removable: z.boolean().default(false),
    await_device_configured: z.boolean().optional(),
    auto_advance_setup: z.boolean().optional(),
    is_multi_user: z.boolean().optional(),
    is_return_to_service: z.boolean().optional(),
    do_not_use_profile_from_backup: z.boolean().optional(),
    org_magic: z.string().min(1).max(256).optional(),
    department: z.string().min(1).max(125).optional(),
    support_phone_number: z.string().min(1).max(50).optional(),
    support_email_address: z.string().email().max(250).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'ISO 639-1 (two letters) or 639-2 (three), lower case, e.g. "en"')
      .optional(),
    region: z
      .string()
      .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, upper case, e.g. "US"')
      .optional(),
    anchor_cert_files: z.array(z.string()).optional(),
    supervising_host_cert_files: z.array(z.string()).optional(),
    skip_setup_items: z.array(z.enum(SKIP_KEYS, { message: `unknown skip key; known keys: ${SKIP_KEYS.join(', ')}` })).default([]),
  })
  .strict()
  .refine((p) => p.is_mdm_removable || p.is_supervised, {
    message: 'is_mdm_removable: false needs is_supervised: true (Apple answers FLAGS_INVALID)',
    path: ['is_mdm_removable'],
  })
  .refine((p) => !(p.region && !p.language), { message: 'region needs language too (Apple answers LOCALE_INVALID)', path: ['region'] });
export type AdeProfileConfig = z.infer<typeof adeProfileSchema>;

const listOrOne = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

/** A rule: the first whose `match` fits a device decides. `profile` names one of `profiles`; `exclude`/`hold` keep us off. */
const ruleSchema = z
  .object({
    name: z.string().optional(),
    match: z
      .object({
        token: listOrOne.optional(),
        device_family: listOrOne.optional(),
        os: listOrOne.optional(),
        model: listOrOne.optional(), // exact, or a glob with * (e.g. "iPad*")
        serials: z.array(z.string()).optional(),
        serials_file: z.string().optional(), // one serial a line
      })
      .strict()
      .prefault({}),
    profile: z.string().optional(),
    action: z.enum(['assign', 'exclude', 'hold']).default('assign'),
  })
  .strict()
  .refine((r) => r.action !== 'assign' || !!r.profile, { message: 'a rule with action "assign" needs "profile"', path: ['profile'] });
export type RuleConfig = z.infer<typeof ruleSchema>;

export const tokenSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-", at most 64'),
    file: z.string().optional(), // token JSON written by "adesync token import"; default STATE/tokens/NAME.json
    base_url: appleUrl.optional(), // for adesync sim; default apple.base_url
    default_profile: z.string().optional(), // profile for devices no rule picked
    sync_schedule: cronExpr.optional(), // default sync.schedule
  })
  .strict();

const minOs = z
  .object({
    version: z.string().regex(/^\d+(\.\d+){0,2}( ?\([a-z]\))?$/, 'a marketing version such as "17.4" or "16.1 (a)"'),
    build: z
      .string()
      .regex(/^[0-9]{2}[A-Z][0-9]{1,5}[a-z]?$/, 'a build such as "23D56"')
      .optional(),
  })
  .strict();

/** A value that may hold placeholders (src/profile/placeholders.ts): an unknown one is a config error naming it. */
const placeholderValue = z.string().superRefine((v, ctx) => {
  const unknown = unknownPlaceholders(v);
  if (unknown.length)
    ctx.addIssue({
      code: 'custom',
      message: `unknown placeholder ${unknown.join(', ')}: the placeholders are ${placeholderHelp()} (and %SERIAL% %UDID% %PRODUCT%)`,
    });
});

// Placeholders are filled per profile; an attribute whose {{user.*}} has no value (no login, or no such claim) is left out.
const subject = z
  .array(z.array(z.tuple([z.string(), placeholderValue])))
  .superRefine((rdns, ctx) => {
    if (rdns.length && rdns.every((rdn) => rdn.every(([, v]) => userFieldsIn(v).length > 0)))
      ctx.addIssue({
        code: 'custom',
        message:
          'every attribute holds a {{user.*}} placeholder, so an enrollment without a login (or without that claim) would get an empty Subject: add one without, e.g. ["CN", "{{device.udid}}"]',
      });
  })
  .optional();
/** SubjectAltName entries (the user's email as rfc822Name: spec B.4). An entry whose {{user.*}} has no value is left out. */
const subjectAltName = z
  .object({
    rfc822_name: placeholderValue.optional(),
    dns_name: placeholderValue.optional(),
    uniform_resource_identifier: placeholderValue.optional(),
    nt_principal_name: placeholderValue.optional(),
  })
  .strict()
  .optional();

const identitySchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('acme'),
      directory_url: httpsUrl,
      key_type: z.enum(['RSA', 'ECSECPrimeRandom']).default('ECSECPrimeRandom'),
      key_size: z.number().int().default(384),
      hardware_bound: z.boolean().default(true),
      attest: z.boolean().default(true),
      subject: subject, // {{device.serial}} {{user.email}} … (src/profile/placeholders.ts) are filled per profile
      subject_alt_name: subjectAltName,
      usage_flags: z.number().int().optional(),
      extended_key_usage: z.array(z.string()).optional(),
    })
    .strict()
    .refine((a) => a.key_type !== 'RSA' || !a.hardware_bound, {
      message: 'RSA keys cannot be hardware bound: use ECSECPrimeRandom or hardware_bound: false',
      path: ['hardware_bound'],
    })
    .refine((a) => !a.attest || a.hardware_bound, { message: 'attest needs hardware_bound: true', path: ['attest'] })
    .refine(
      (a) =>
        a.key_type === 'RSA'
          ? a.key_size % 8 === 0 && a.key_size >= 1024 && a.key_size <= 4096
          : (a.hardware_bound ? [256, 384] : [192, 256, 384, 521]).includes(a.key_size),
      { message: 'key_size: RSA 1024–4096 in steps of 8; ECSECPrimeRandom 192/256/384/521 (hardware bound: 256 or 384)', path: ['key_size'] },
    ),
  z
    .object({
      type: z.literal('scep'),
      url: z.string().url(),
      name: z.string().optional(),
      challenge: z.string().optional(), // static challenge
      challenge_file: z.string().optional(), // static challenge kept in a 0600 file
      challenge_url: z.string().url().optional(), // per-device challenge: POST {serial,udid} → text/plain challenge
      key_size: z.union([z.literal(1024), z.literal(2048), z.literal(4096)]).default(2048),
      key_usage: z.union([z.literal(0), z.literal(1), z.literal(4), z.literal(5)]).default(5),
      subject: subject,
      subject_alt_name: subjectAltName,
      ca_fingerprint_hex: z
        .string()
        .regex(/^[0-9a-fA-F]+$/)
        .optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('pkcs12'),
      file: z.string(),
      password_file: z.string().optional(),
    })
    .strict(),
]);

const ACCESS_RIGHTS_ALL = 8191;

const mdmSchema = z
  .object({
    server_url: httpsUrl,
    check_in_url: httpsUrl.optional(),
    topic: z.string().regex(/^com\.apple\.mgmt\.[A-Za-z0-9.-]+$/, 'the APNs topic from your MDM push certificate, e.g. com.apple.mgmt.External.<uuid>'),
    access_rights: z
      .number()
      .int()
      .min(1)
      .max(ACCESS_RIGHTS_ALL)
      .default(ACCESS_RIGHTS_ALL)
      .refine((r) => !(r & 2) || r & 1, 'access right 2 (install profiles) needs 1 (inspect profiles)')
      .refine((r) => !(r & 128) || r & 64, 'access right 128 (install provisioning profiles) needs 64 (inspect them)'),
    sign_message: z.boolean().default(true),
    check_out_when_removed: z.boolean().default(true),
    use_development_apns: z.boolean().default(false),
    server_capabilities: z
      .array(z.enum(['com.apple.mdm.per-user-connections', 'com.apple.mdm.bootstraptoken', 'com.apple.mdm.token']))
      .default(['com.apple.mdm.per-user-connections', 'com.apple.mdm.bootstraptoken']),
  })
  .strict();

/**
 * Platform SSO during ADE (macOS 26, spec Part C): devices that say MDM_CAN_REQUEST_PSSO_CONFIG get the 403
 * com.apple.psso.required; the profile comes only after the user signed in at AuthURL (src/auth/psso.ts).
 */
const pssoSchema = z
  .object({
    enabled: z.boolean().default(false),
    /** Only devices of these tokens (names under tokens:); empty: every token. */
    tokens: z.array(z.string()).default([]),
    /** Only devices whose ADE profile (a name under profiles:, as the rules choose it) is one of these; empty: any. */
    profiles: z.array(z.string()).default([]),
    /** A Mac in scope below macOS 26 (it cannot do Platform SSO during Setup Assistant): serve it without a sign-in, or refuse it. */
    unsupported_devices: z.enum(['serve', 'refuse']).default('serve'),
    /** Shown to the user by Setup Assistant with the sign-in step. */
    message: z.string().min(1).max(500).default('Sign in with your organisation account to continue.'),
    /** The ExtensibleSSO profile served (signed by enrollment.signing) at ProfileURL: an unsigned .mobileconfig. */
    profile_file: z.string(),
    /** The package holding the Platform SSO extension app: a manifest adesync serves, or the https URL of one. */
    package: z
      .object({
        manifest_file: z.string().optional(),
        manifest_url: httpsUrl.optional(),
        /** DER or PEM certificates the device pins the manifest download to. */
        pinning_cert_files: z.array(z.string()).default([]),
        pinning_revocation_check_required: z.boolean().default(false),
      })
      .strict()
      .refine((p) => !!p.manifest_file !== !!p.manifest_url, {
        message: 'give exactly one of manifest_file (a manifest plist adesync serves) or manifest_url (an https URL serving one)',
      }),
    /** How long the bearer token minted after the sign-in is good for (single use); Apple's guidance: at most 10 minutes. */
    token_ttl_seconds: z.number().int().min(30).max(600).default(300),
    /** How long the one-time ProfileURL/ManifestURL/AuthURL links of one 403 stay valid. */
    link_ttl_seconds: z.number().int().min(60).max(3600).default(900),
  })
  .strict();
export type PssoConfig = z.infer<typeof pssoSchema>;

/** Retention defaults, also used to prune when the config has no enrollment section. */
export const ENROLLMENT_RETENTION_DAYS = 400;
export const REFUSAL_RETENTION_DAYS = 90;

/** The identity provider users log in with before enrollment (web view, OTA phase 1, PSSO AuthURL): src/auth/oidc.ts. */
const loginSchema = z
  .object({
    /** The OpenID Provider's issuer; its /.well-known/openid-configuration is read at first use. */
    issuer: z
      .string()
      .url('expected the IdP issuer URL, such as https://login.example.com')
      .refine((u) => {
        try {
          const url = new URL(u);
          return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
        } catch {
          return true;
        }
      }, 'must be an https:// URL (plain http only to a loopback address, for tests)'),
    client_id: z.string().min(1, 'the client id the IdP gave adesync'),
    /** A file (mode 0600) holding the client secret; omit for a public client (PKCE alone). */
    client_secret_file: z.string().optional(),
    scopes: z
      .array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'a scope is one word, such as email'))
      .default(['openid', 'email', 'profile'])
      .refine((s) => s.includes('openid'), 'must include openid (an ID token is what adesync checks)'),
    /** The ID token (or userinfo) claim holding the user's groups. */
    groups_claim: z.string().min(1).default('groups'),
    /**
     * Who may enroll (src/auth/policy.ts); unset: any user the IdP logs in. The user: in one of `groups` OR with a
     * verified email in one of `email_domains` (when either is set). The device: of one of `device_families` and in one
     * of `tokens` (when set).
     */
    allow: z
      .object({
        groups: z.array(z.string().min(1)).optional(),
        email_domains: z.array(z.string().regex(/^[A-Za-z0-9.-]+$/, 'a domain such as example.com, without @')).optional(),
        device_families: z.array(z.string().min(1)).optional(), // as Apple names them in the device list: iPhone, iPad, Mac, AppleTV …
        tokens: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .refine(
        (a) => a.groups?.length || a.email_domains?.length || a.device_families?.length || a.tokens?.length,
        'name at least one of groups, email_domains, device_families or tokens, or remove allow (any user)',
      )
      .optional(),
    /** How long a user has to log in: from the first request to the callback. */
    session_ttl_seconds: z.number().int().min(60).max(3600).default(600),
    /** Extra root certificates (PEM) for the IdP's TLS, beside the system's. */
    ca_file: z.string().optional(),
  })
  .strict();
const urlPath = z.string().regex(/^\/[A-Za-z0-9._~\-/]*$/, 'an absolute URL path such as /ota/profile');
/** What an OTA Profile Service may ask a device for (A.3.2). */
const OTA_DEVICE_ATTRIBUTES = ['UDID', 'VERSION', 'PRODUCT', 'SERIAL', 'MEID', 'IMEI', 'ICCID', 'MAC_ADDRESS_EN0', 'DEVICE_NAME'] as const;

export const enrollmentSchema = z
  .object({
    listen: hostPort.default('0.0.0.0:8443'),
    /** The path of the ADE profile's `url` (a configuration_web_url without login may point here too; with login: web_view.path). */
    path: z
      .string()
      .regex(/^\/[A-Za-z0-9._~\-/]*$/, 'an absolute URL path such as /enroll')
      .default('/enroll'),
    tls: z.object({ cert_file: z.string(), key_file: z.string() }).strict().optional(),
    /**
     * The scheme and host (and port) devices and browsers reach this endpoint at, e.g. https://mdm.example.com: the
     * login callback, the OTA profile-service URL and the PSSO URLs are built on it, so every answer comes from the
     * host Setup Assistant asked (B.1 "same host"). Needed by the login flows only.
     */
    public_url: z
      .url('expected the https URL devices reach this endpoint at, such as https://mdm.example.com')
      .refine((u) => /^https:\/\/[^/?#]+$/.test(u) || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(u), {
        message: 'an https scheme and host with no path, such as https://mdm.example.com (http only to loopback, for tests)',
      })
      .optional(),
    trust_forwarded_headers: z.boolean().default(false),
    login: loginSchema.optional(),
    /** The ADE web view (configuration_web_url): GET this path with x-apple-aspen-deviceinfo, log in, get the profile. */
    web_view: z
      .object({
        path: z
          .string()
          .regex(/^\/[A-Za-z0-9._~\-/]*$/, 'an absolute URL path such as /ade/web')
          .default('/ade/web'),
      })
      .strict()
      .prefault({}),
    allow_unknown_serials: z.boolean().default(false),
    /** Trust anchors for device signatures. Default: Apple's (shipped). Anything else is a loud, explicit test setting. */
    device_ca: z
      .object({
        pinned_ca_file: z.string(), // the CA that must issue the device leaf (Apple: "Apple iPhone Device CA")
        chain_files: z.array(z.string()).default([]), // from the pinned CA up to its root
        i_understand_this_is_not_apple: z.literal(true, {
          message: 'set i_understand_this_is_not_apple: true to trust a non-Apple device CA (tests and demos only)',
        }),
      })
      .strict()
      .optional(),
    minimum_os: z
      .object({
        iOS: minOs.optional(),
        iPadOS: minOs.optional(),
        macOS: minOs.optional(),
        tvOS: minOs.optional(),
        visionOS: minOs.optional(),
      })
      .strict()
      .prefault({}),
    /** A device below the minimum that cannot request an update: serve it anyway (default) or refuse. */
    below_minimum_cannot_update: z.enum(['serve', 'refuse']).default('serve'),
    workers: z.number().int().min(0).max(64).default(0), // threads for verify/parse/build/sign: 0 = one per core, N = N threads
    /** What one request, one client and a flood can cost (README "Limits an admin can tune"). */
    limits: z
      .object({
        queue_length: z.number().int().min(1).max(100_000).default(1024), // jobs waiting for a worker; beyond: 503 + Retry-After
        job_timeout_seconds: z.number().min(0.1).max(300).default(5), // a job running longer: its worker is replaced, 503
        worker_memory_mb: z.number().int().min(32).max(16_384).default(128), // each worker's V8 heap; over it only that worker dies
        max_connections: z.number().int().min(1).max(1_000_000).default(8192), // open connections on the listener (under LimitNOFILE)
        max_connections_per_peer: z.number().int().min(1).max(1_000_000).optional(), // per remote address; default 256 (max_connections behind a proxy)
      })
      .strict()
      .prefault({}),
    /** Served profiles per serial per window (replays, runaway retries); over it: 403 adesync.too_many_enrollments. */
    per_device_limit: z
      .object({
        profiles: z.number().int().min(1).max(100_000).default(10),
        per_minutes: z.number().int().min(1).max(10_080).default(60),
      })
      .strict()
      .prefault({}),
    /** Days enrollment records (and per-serial limited counts) are kept; the daemon prunes older ones hourly. */
    retention_days: z.number().int().min(1).max(36_500).default(ENROLLMENT_RETENTION_DAYS),
    /** Days the per-hour refusal counts are kept. */
    refusal_retention_days: z.number().int().min(1).max(36_500).default(REFUSAL_RETENTION_DAYS),
    /**
     * Over-the-air enrollment (spec Part A, README "Over-the-air enrollment"): phase 1 on `start_path` after a login, then
     * phases 2 (device identity + challenge → a SCEP identity) and 3 (that identity → the enrollment profile) on `path`.
     * Needs public_url and enrollment.login.
     */
    ota: z
      .object({
        path: urlPath.default('/ota/profile'),
        start_path: urlPath.default('/ota/enroll'),
        device_attributes: z
          .array(z.enum(OTA_DEVICE_ATTRIBUTES))
          .default(['UDID', 'VERSION', 'PRODUCT', 'SERIAL', 'MEID', 'IMEI'])
          .refine((a) => a.includes('UDID') && a.includes('SERIAL'), 'device_attributes must include UDID and SERIAL (the session binds to them)'),
        challenge_ttl_seconds: z.number().int().min(60).max(86_400).default(1800),
        /** adesync's own OTA CA: it issues (through the SCEP server) the phase-2 identity that signs phase 3. */
        identity_ca: z.object({ cert_file: z.string(), key_file: z.string().optional() }).strict(),
        /** The phase-2 SCEP payload: the SCEP server issuing from identity_ca, and where its one-time challenges come from. */
        scep: z
          .object({
            url: z.string().url(),
            /** POST {serial, udid, purpose: "ota"} → text/plain one-time challenge (as profile.identity.challenge_url). */
            challenge_url: z.string().url(),
            name: z.string().optional(),
            ca_fingerprint_hex: z
              .string()
              .regex(/^[0-9a-fA-F]+$/)
              .optional(),
          })
          .strict(),
        encrypt: z.boolean().default(true),
        allow_unknown_devices: z.boolean().default(false),
      })
      .strict()
      .refine((o) => o.path !== o.start_path, { message: 'path and start_path must differ', path: ['start_path'] })
      .optional(),
    profile: z
      .object({
        payload_identifier: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'reverse-DNS, e.g. com.example.mdm.enroll'),
        display_name: z.string().default('MDM Enrollment'),
        organization: z.string().optional(),
        description: z.string().optional(),
        trust_cert_files: z.array(z.string()).default([]), // root and intermediate certificates of the MDM server's TLS chain
        identity: identitySchema,
        /** Used instead of an ACME identity for OS versions below ACME's minimums (C.4); without it such devices are refused. */
        fallback_identity: z
          .discriminatedUnion('type', [identitySchema.options[1], identitySchema.options[2]], {
            message: 'fallback_identity must be of type scep or pkcs12 (it serves OS versions without ACME)',
          })
          .optional(),
        /** Timeout for fetching a per-device SCEP challenge from challenge_url. */
        challenge_timeout_seconds: z.number().positive().max(60).default(5),
        mdm: mdmSchema,
      })
      .strict(),
    signing: z
      .object({
        cert_file: z.string(),
        key_file: z.string(),
        chain_files: z.array(z.string()).default([]),
      })
      .strict(),
    psso: pssoSchema.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.psso?.enabled && !e.public_url)
      ctx.addIssue({
        code: 'custom',
        path: ['psso', 'enabled'],
        message:
          'Platform SSO needs enrollment.public_url (the https URL devices reach this endpoint at): its ProfileURL, ManifestURL and AuthURL are built on it',
      });
    if (e.login && !e.public_url)
      ctx.addIssue({
        code: 'custom',
        path: ['public_url'],
        message: 'required with enrollment.login: the https URL devices reach this endpoint at (the IdP redirects to PUBLIC_URL/auth/callback)',
      });
    if (e.login && (e.web_view.path === e.path || e.web_view.path === '/auth/callback' || e.web_view.path === '/healthz'))
      ctx.addIssue({
        code: 'custom',
        path: ['web_view', 'path'],
        message: `must differ from enrollment.path, /auth/callback and /healthz: choose another path, such as /ade/web`,
      });
  });
export type EnrollmentConfig = z.infer<typeof enrollmentSchema>;

/** http:// only to this machine: events carry serial numbers and must not cross a network in clear. */
function httpsOrLoopback(u: string): boolean {
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && (/^127\.\d+\.\d+\.\d+$/.test(url.hostname) || url.hostname === '[::1]' || url.hostname === 'localhost');
}

/** `database:` or `store.url` naming a PostgreSQL server rather than an SQLite file. */
export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

/** What is wrong with a PostgreSQL URL, as the fix (never echoing a password), or undefined. */
export function postgresUrlProblem(u: string): string | undefined {
  let url: URL;
  try {
    url = new URL(u);
  } catch {
    return 'not a URL: write postgresql://USER@HOST:PORT/DATABASE';
  }
  if (url.password)
    return 'holds a password: remove it from the URL (postgresql://USER@HOST:PORT/DATABASE) and put it in a 0600 file named by store.password_file';
  if (!url.username) return 'names no user: write postgresql://USER@HOST:PORT/DATABASE';
  if (!url.hostname) return 'names no host: write postgresql://USER@HOST:PORT/DATABASE (a TCP host; Unix sockets are not supported)';
  if (url.pathname.length < 2 || url.pathname.slice(1).includes('/')) return 'names no database: write postgresql://USER@HOST:PORT/DATABASE';
  if (url.search || url.hash) return 'has URL parameters: give TLS and timeouts as keys of a store: block (store.tls, store.connect_timeout_ms, …)';
  return undefined;
}

const postgresUrl = z.string().superRefine((u, ctx) => {
  const problem = isPostgresUrl(u) ? postgresUrlProblem(u) : 'expected a postgresql:// URL, e.g. postgresql://adesync@db.example.com:5432/adesync';
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** `database:`: the SQLite file (the default) or postgresql://USER@HOST:PORT/DATABASE (no password: see store.password_file). */
const databaseSetting = z.string().superRefine((d, ctx) => {
  const problem = isPostgresUrl(d) ? postgresUrlProblem(d) : undefined;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** PostgreSQL with everything a shared server needs (README "PostgreSQL"). Secrets only from 0600 files. */
export const storeSchema = z
  .object({
    engine: z.literal('postgresql', { message: 'the only engine a store: block configures is postgresql (SQLite: database: PATH)' }),
    url: postgresUrl,
    password_file: z.string().optional(), // the role's password, alone in a 0600 file; absent: trust, cert or peer auth
    tls: z
      .object({
        ca_file: z.string().optional(), // the CA that signed the server's certificate; default: the system's CAs
        cert_file: z.string().optional(), // a client certificate (cert authentication), with key_file
        key_file: z.string().optional(), // 0600
        reject_unauthorized: z.boolean().default(true), // false: encrypted but unverified (tests only)
      })
      .strict()
      .refine((t) => !t.cert_file === !t.key_file, { message: 'cert_file and key_file go together (a client certificate and its key)', path: ['key_file'] })
      .optional(),
    pool_size: z.number().int().min(1).max(1000).default(10), // connections this node keeps open
    statement_timeout_ms: z.number().int().min(0).max(3_600_000).default(60_000), // 0: none
    connect_timeout_ms: z.number().int().min(100).max(600_000).default(10_000),
  })
  .strict();
export type StoreConfig = z.infer<typeof storeSchema>;

/** An endpoint that receives events (README "Webhooks"): Standard Webhooks signatures, CloudEvents bodies. */
const webhookSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-", at most 64'),
    url: z
      .string()
      .url('expected an absolute URL')
      .refine(httpsOrLoopback, 'must be an https:// URL (plain http:// only to a loopback address such as 127.0.0.1)'),
    secret_file: z.string(), // "whsec_" + base64 of 24–64 random bytes, mode 0600
    types: z
      .array(z.string().refine(validTypePattern, `unknown event type; known: ${EVENT_TYPES.join(', ')}, a family such as "device.*", or "*"`))
      .default([]),
    tokens: z.array(z.string()).default([]), // empty: every token
    timeout_seconds: z.number().positive().max(120).default(10),
    max_age_hours: z.number().positive().max(720).default(24),
    retry_seconds: z.number().positive().max(3600).default(5), // first retry after about this long, doubling up to an hour
  })
  .strict();

export const configSchema = z
  .object({
    state_dir: z.string().default('/var/lib/adesync'),
    database: databaseSetting.optional(), // default STATE/adesync.db; or postgresql://USER@HOST:PORT/DATABASE
    log_level: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    apple: z
      .object({
        base_url: appleUrl.default('https://mdmenrollment.apple.com'),
        protocol_version: z.number().int().min(1).max(99).default(10),
        timeout_seconds: z.number().positive().max(600).default(30),
        max_retries: z.number().int().min(0).max(20).default(5),
        max_retry_wait_seconds: z.number().positive().max(86400).default(900),
      })
      .strict()
      .prefault({}),
    tokens: z.array(tokenSchema).default([]),
    profiles: z.record(z.string(), adeProfileSchema).default({}),
    rules: z.array(ruleSchema).default([]),
    sync: z
      .object({
        schedule: cronExpr.default('*/5 * * * *'),
        jitter_seconds: z.number().int().min(0).max(3600).default(30),
        page_limit: z.number().int().min(1).max(1000).optional(),
        cursor_refresh_days: z.number().positive().max(6.9).default(6),
        full_fetch_days: z.number().positive().optional(), // periodic full fetch to catch releases Apple never sends
        daily_check: cronExpr.default('17 3 * * *'),
        // One cycle per token at a time: a lease renewed every lease_renew_seconds; a holder silent for lease_seconds is taken over
        lease_seconds: z.number().int().min(5).max(3600).default(30),
        lease_renew_seconds: z.number().int().min(1).max(1200).default(10),
      })
      .strict()
      .refine((s) => s.lease_renew_seconds * 2 <= s.lease_seconds, {
        path: ['lease_renew_seconds'],
        message: 'must be at most half of sync.lease_seconds, so one late renewal never loses the lease',
      })
      .prefault({}),
    assign: z
      .object({
        enabled: z.boolean().default(true),
        failed_backoff_seconds: z.number().int().positive().default(900),
        failed_backoff_max_seconds: z.number().int().positive().default(86400),
        throttled_default_seconds: z.number().int().positive().default(300),
      })
      .strict()
      .prefault({}),
    enrollment: enrollmentSchema.optional(),
    admin: z
      .object({
        listen: hostPort.default('127.0.0.1:9641'),
        allow_non_loopback: z.boolean().default(false), // needs token_file
        /** Host names answered besides loopback and the bound address (DNS rebinding protection). */
        allowed_hosts: z
          .array(z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$/, 'a host name without port or scheme, e.g. adesync.example.com'))
          .default([]),
        /** A 0600 file holding the bearer token every admin request must carry. */
        token_file: z.string().optional(),
        /** /readyz fails when the state dir's (or database's) filesystem has less free space than this. */
        min_free_disk_mb: z.number().int().min(0).max(10_000_000).default(256),
        max_connections: z.number().int().min(1).max(100_000).default(64),
        max_connections_per_peer: z.number().int().min(1).max(100_000).default(32),
      })
      .strict()
      .prefault({})
      .refine((a) => !a.allow_non_loopback || !!a.token_file, {
        path: ['token_file'],
        message: 'required with allow_non_loopback: true: create a 0600 file holding a long random token (openssl rand -hex 32) and give its path here',
      }),
    webhooks: z.array(webhookSchema).default([]),
    store: storeSchema.optional(), // PostgreSQL with a password file, TLS, pool size (instead of database:)
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.store && c.database)
      ctx.addIssue({ code: 'custom', path: ['store'], message: 'give either database: or store:, not both (store: replaces database: for PostgreSQL)' });
    const names = new Set<string>();
    c.tokens.forEach((t, i) => {
      if (names.has(t.name)) ctx.addIssue({ code: 'custom', path: ['tokens', i, 'name'], message: `duplicate token name "${t.name}"` });
      names.add(t.name);
      if (t.default_profile && !c.profiles[t.default_profile])
        ctx.addIssue({ code: 'custom', path: ['tokens', i, 'default_profile'], message: `no profile named "${t.default_profile}" under profiles:` });
    });
    c.rules.forEach((r, i) => {
      if (r.profile && !c.profiles[r.profile])
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'profile'],
          message: `no profile named "${r.profile}" under profiles: (known: ${Object.keys(c.profiles).join(', ') || 'none'})`,
        });
      for (const t of r.match.token ?? [])
        if (!names.has(t)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'match', 'token'], message: `no token named "${t}" under tokens:` });
    });
    const psso = c.enrollment?.psso;
    psso?.tokens.forEach((t, i) => {
      if (!names.has(t)) ctx.addIssue({ code: 'custom', path: ['enrollment', 'psso', 'tokens', i], message: `no token named "${t}" under tokens:` });
    });
    psso?.profiles.forEach((p, i) => {
      if (!c.profiles[p])
        ctx.addIssue({
          code: 'custom',
          path: ['enrollment', 'psso', 'profiles', i],
          message: `no profile named "${p}" under profiles: (known: ${Object.keys(c.profiles).join(', ') || 'none'})`,
        });
    });
    const hooks = new Set<string>();
    c.webhooks.forEach((w, i) => {
      if (hooks.has(w.name)) ctx.addIssue({ code: 'custom', path: ['webhooks', i, 'name'], message: `duplicate webhook name "${w.name}"` });
      hooks.add(w.name);
      for (const t of w.tokens)
        if (!names.has(t)) ctx.addIssue({ code: 'custom', path: ['webhooks', i, 'tokens'], message: `no token named "${t}" under tokens:` });
    });
  });
export type Config = z.infer<typeof configSchema>;
