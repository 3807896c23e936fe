-- The office (窗口/科室) whose staff accepted the package with deferrals, so each office sees its
-- own overdue list; null for deferrals opened through the API (listed under 全部).
ALTER TABLE deferral ADD COLUMN office VARCHAR(200);
CREATE INDEX deferral_office_status ON deferral (office, status, due_date);
