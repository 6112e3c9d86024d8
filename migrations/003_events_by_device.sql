-- Device events are found through the device row they belong to, not by serial: a sync writes them in the order Apple
-- lists the devices, which for Apple's echo of our own assignments is row order, so the index appends instead of
-- touching a random page per event (a 1M-device echo sync rewrote ~1000 index pages per page of events).
ALTER TABLE device_events ADD COLUMN device_id INTEGER;
UPDATE device_events SET device_id = (SELECT d.id FROM device_rows d WHERE d.serial_number = device_events.serial_number AND d.token = device_events.token);
DROP INDEX device_events_serial;
CREATE INDEX device_events_device ON device_events(device_id, id);
