-- PostgreSQL dialect of ../003_events_by_device.sql.
ALTER TABLE device_events ADD COLUMN device_id bigint;
UPDATE device_events SET device_id = (SELECT d.id FROM device_rows d WHERE d.serial_number = device_events.serial_number AND d.token = device_events.token);
DROP INDEX device_events_serial;
CREATE INDEX device_events_device ON device_events(device_id, id);
