// Wire shapes of Apple's Device Assignment service (protocol reference A.2–A.10, protocol version 10).
// Unknown keys are kept (index signatures) and ignored: Apple adds fields with new protocol versions.

/** A.2: the decrypted server token. */
export interface ServerToken {
  consumer_key: string;
  consumer_secret: string;
  access_token: string;
  access_secret: string;
  access_token_expiry: string;
}

/** A.3 */
export interface SessionResponse {
  auth_session_token: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A.7.1 */
interface AccountUrl {
  uri: string;
  http_method: HttpMethod[];
  limit?: { default: number; maximum: number };
}
export interface AccountDetail {
  server_name: string;
  server_uuid: string;
  admin_id?: string;
  facilitator_id?: string;
  org_name: string;
  org_email?: string;
  org_phone?: string;
  org_address?: string;
  org_id?: string;
  org_id_hash?: string;
  org_type?: 'edu' | 'org' | 'tvprovider';
  org_version?: 'v1' | 'v2';
  urls?: AccountUrl[];
  [k: string]: unknown;
}

/** A.8 */
type ProfileStatus = 'empty' | 'assigned' | 'pushed' | 'removed';
type OpType = 'added' | 'modified' | 'deleted';
type DeviceOS = 'iOS' | 'iPadOS' | 'OSX' | 'tvOS' | 'visionOS';
type DeviceFamily = 'iPad' | 'iPhone' | 'iPod' | 'Mac' | 'AppleTV' | 'Vision';

export interface Device {
  serial_number: string;
  model?: string;
  description?: string;
  color?: string;
  asset_tag?: string;
  profile_status?: ProfileStatus | '';
  profile_uuid?: string;
  profile_assign_time?: string;
  profile_push_time?: string;
  device_assigned_date?: string;
  device_assigned_by?: string;
  os?: DeviceOS | string;
  device_family?: DeviceFamily | string;
  op_type?: OpType; // sync only
  op_date?: string; // sync only
  mdm_migration_deadline?: string; // v8
  bluetooth_mac_address?: string; // v10
  ethernet_mac_address?: string; // v10
  wifi_mac_address?: string; // v10
  eid?: string; // v10
  imei?: string[]; // v10
  meid?: string[]; // v10
  is_replacement_device?: boolean; // v10
  released_by_replacement?: boolean; // v10, sync deleted only
  response_status?: string; // details only
  [k: string]: unknown;
}

/** A.7.2 */
export interface FetchDeviceRequest {
  cursor?: string;
  limit?: number;
}
export interface SyncDeviceRequest {
  cursor: string;
  limit?: number;
}
export interface FetchDeviceResponse {
  devices: Device[];
  cursor: string;
  fetched_until: string;
  more_to_follow: boolean;
}

/** A.7.3 / A.7.7 */
export type SerialResult = 'SUCCESS' | 'NOT_ACCESSIBLE' | 'FAILED' | 'THROTTLED';
export interface DeviceListResponse {
  devices: Record<string, Device>;
}
export interface DeviceStatusResponse {
  devices: Record<string, SerialResult>;
}
export interface AssignProfileResponse {
  profile_uuid: string;
  devices: Record<string, SerialResult>;
  retry_after_seconds?: number;
}
export interface ClearProfileResponse {
  devices: Record<string, SerialResult>;
}

/** A.7.4 */
export interface ActivationLockRequest {
  device: string;
  escrow_key?: string;
  lost_message?: string;
}
type ActivationLockStatus = 'SUCCESS' | 'NOT_ACCESSIBLE' | 'ORG_NOT_SUPPORTED' | 'DEVICE_NOT_SUPPORTED' | 'DEVICE_ALREADY_LOCKED' | 'FAILED';
export interface ActivationLockResponse {
  serial_number: string;
  response_status: ActivationLockStatus;
}

/** A.7.5 */
export interface ReplacementDetails {
  serial_number: string;
  original_device_serial_number: string;
  replacement_date: string;
}

/** A.10 */
export interface Profile {
  profile_name: string;
  url: string;
  configuration_web_url?: string;
  allow_pairing?: boolean;
  is_supervised?: boolean;
  is_mandatory?: boolean;
  is_mdm_removable?: boolean;
  await_device_configured?: boolean;
  auto_advance_setup?: boolean;
  is_multi_user?: boolean;
  is_return_to_service?: boolean;
  do_not_use_profile_from_backup?: boolean;
  org_magic?: string;
  department?: string;
  support_phone_number?: string;
  support_email_address?: string;
  language?: string;
  region?: string;
  anchor_certs?: string[];
  supervising_host_certs?: string[];
  skip_setup_items?: string[];
  devices?: string[];
  profile_uuid?: string; // GET only
  [k: string]: unknown;
}
export interface DefineProfileResponse {
  profile_uuid: string;
  devices: Record<string, SerialResult>;
}

/** A.7.8 */
interface BetaToken {
  token: string;
  title: string;
  os: string;
}
export interface BetaTokensResponse {
  betaEnrollmentTokens: BetaToken[];
  seedBuildTokens?: BetaToken[];
}
