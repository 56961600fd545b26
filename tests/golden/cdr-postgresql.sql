-- ast-schema cdr tree, postgresql dialect: upgrade base:head, then downgrade head:base

CREATE TABLE alembic_version_cdr (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_cdr_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 210693f3123d, Create CDR table.

BEGIN;

CREATE TABLE cdr (
    accountcode VARCHAR(20), 
    src VARCHAR(80), 
    dst VARCHAR(80), 
    dcontext VARCHAR(80), 
    clid VARCHAR(80), 
    channel VARCHAR(80), 
    dstchannel VARCHAR(80), 
    lastapp VARCHAR(80), 
    lastdata VARCHAR(80), 
    start TIMESTAMP WITHOUT TIME ZONE, 
    answer TIMESTAMP WITHOUT TIME ZONE, 
    "end" TIMESTAMP WITHOUT TIME ZONE, 
    duration INTEGER, 
    billsec INTEGER, 
    disposition VARCHAR(45), 
    amaflags VARCHAR(45), 
    userfield VARCHAR(256), 
    uniqueid VARCHAR(150), 
    linkedid VARCHAR(150), 
    peeraccount VARCHAR(20), 
    sequence INTEGER
);

INSERT INTO alembic_version_cdr (version_num) VALUES ('210693f3123d');

COMMIT;

-- Running upgrade 210693f3123d -> 54cde9847798, expand accountcode to 80

BEGIN;

ALTER TABLE cdr ALTER COLUMN accountcode TYPE VARCHAR(80);

ALTER TABLE cdr ALTER COLUMN peeraccount TYPE VARCHAR(80);

UPDATE alembic_version_cdr SET version_num='54cde9847798' WHERE alembic_version_cdr.version_num = '210693f3123d';

COMMIT;

-- Running downgrade 54cde9847798 -> 210693f3123d, expand accountcode to 80

-- WARNING: this narrows cdr.accountcode to 20 characters

-- WARNING: this narrows cdr.peeraccount to 20 characters

BEGIN;

ALTER TABLE cdr ALTER COLUMN accountcode TYPE VARCHAR(20);

ALTER TABLE cdr ALTER COLUMN peeraccount TYPE VARCHAR(20);

UPDATE alembic_version_cdr SET version_num='210693f3123d' WHERE alembic_version_cdr.version_num = '54cde9847798';

COMMIT;

-- Running downgrade 210693f3123d -> , Create CDR table.

-- WARNING: this drops table cdr with its rows

BEGIN;

DROP TABLE cdr;

DELETE FROM alembic_version_cdr WHERE alembic_version_cdr.version_num = '210693f3123d';

COMMIT;

