-- 破格: the reason recorded when an appointment is made although a hard rule check failed.
-- Nullable; existing appointments keep NULL (none was checked when it was made).
ALTER TABLE "Appointment" ADD COLUMN "exceptionReason" TEXT;
