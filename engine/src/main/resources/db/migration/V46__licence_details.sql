-- What a licence states about its holder, for pre-filled application forms (智能预填): the
-- registered name, the address (住所, or 住址 on an ID card) and the legal representative. Empty
-- for licences imported before, or when the directory does not say.
ALTER TABLE licence ADD COLUMN holder_name VARCHAR(200);
ALTER TABLE licence ADD COLUMN address VARCHAR(400);
ALTER TABLE licence ADD COLUMN legal_representative VARCHAR(100);
