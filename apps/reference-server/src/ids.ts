const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value is a UUID: owners and row ids are uuid columns, so anything else matches nothing. */
export const isUuid = (value: string) => uuid.test(value);
