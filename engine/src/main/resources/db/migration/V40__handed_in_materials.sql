-- Materials handed in with accepted checks, by holder: what a later check of the same holder may
-- reuse instead of handing it in again (免于提交). Written once when the check is recorded.
CREATE TABLE handed_in_material (
    check_id      VARCHAR(26)  NOT NULL,
    material      VARCHAR(40)  NOT NULL,
    material_type VARCHAR(40)  NOT NULL,
    holder        VARCHAR(32)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    handed_in_on  DATE         NOT NULL,
    valid_until   DATE,
    material_id   VARCHAR(100),
    PRIMARY KEY (check_id, material)
);

CREATE INDEX handed_in_material_holder ON handed_in_material (holder, material_type);
