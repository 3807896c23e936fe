-- The embedded licence directory (电子证照): licences the government already holds, by holder.
CREATE TABLE licence (
    holder       VARCHAR(32)  NOT NULL,
    licence_type VARCHAR(40)  NOT NULL,
    number       VARCHAR(64)  NOT NULL,
    valid_until  DATE,
    source       VARCHAR(200) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (licence_type, number, holder)
);

CREATE INDEX licence_holder ON licence (holder);
