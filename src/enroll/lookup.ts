/** The device lookup an enrollment decides with; its SQL (index-backed) lives in src/store/enrollments.ts. */
import type { DeviceRecord } from './decide.ts';

export type LookupDevice = (serial: string) => DeviceRecord | undefined | Promise<DeviceRecord | undefined>;
export { createDeviceLookup, LOOKUP_SQL } from '../store/enrollments.ts';
