-- ast-schema voicemail tree, sqlite dialect: upgrade base:head, then downgrade head:base

CREATE TABLE alembic_version_voicemail (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_voicemail_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a2e9769475e, Create tables

BEGIN;

CREATE TABLE voicemail_messages (
    dir VARCHAR(255) NOT NULL, 
    msgnum INTEGER NOT NULL, 
    context VARCHAR(80), 
    macrocontext VARCHAR(80), 
    callerid VARCHAR(80), 
    origtime INTEGER, 
    duration INTEGER, 
    recording BLOB, 
    flag VARCHAR(30), 
    category VARCHAR(30), 
    mailboxuser VARCHAR(30), 
    mailboxcontext VARCHAR(30), 
    msg_id VARCHAR(40)
);

CREATE TABLE ast_schema_rebuild_voicemail_messages (
    dir VARCHAR(255) NOT NULL, 
    msgnum INTEGER NOT NULL, 
    context VARCHAR(80), 
    macrocontext VARCHAR(80), 
    callerid VARCHAR(80), 
    origtime INTEGER, 
    duration INTEGER, 
    recording BLOB, 
    flag VARCHAR(30), 
    category VARCHAR(30), 
    mailboxuser VARCHAR(30), 
    mailboxcontext VARCHAR(30), 
    msg_id VARCHAR(40), 
    CONSTRAINT voicemail_messages_dir_msgnum PRIMARY KEY (dir, msgnum)
);

INSERT INTO ast_schema_rebuild_voicemail_messages (dir, msgnum, context, macrocontext, callerid, origtime, duration, recording, flag, category, mailboxuser, mailboxcontext, msg_id) SELECT dir, msgnum, context, macrocontext, callerid, origtime, duration, recording, flag, category, mailboxuser, mailboxcontext, msg_id FROM voicemail_messages;

DROP TABLE voicemail_messages;

ALTER TABLE ast_schema_rebuild_voicemail_messages RENAME TO voicemail_messages;

CREATE INDEX voicemail_messages_dir ON voicemail_messages (dir);

INSERT INTO alembic_version_voicemail (version_num) VALUES ('a2e9769475e');

COMMIT;

-- Running upgrade a2e9769475e -> 39428242f7f5, increase recording column size

BEGIN;

CREATE TABLE ast_schema_rebuild_voicemail_messages (
    dir VARCHAR(255) NOT NULL, 
    msgnum INTEGER NOT NULL, 
    context VARCHAR(80), 
    macrocontext VARCHAR(80), 
    callerid VARCHAR(80), 
    origtime INTEGER, 
    duration INTEGER, 
    recording BLOB, 
    flag VARCHAR(30), 
    category VARCHAR(30), 
    mailboxuser VARCHAR(30), 
    mailboxcontext VARCHAR(30), 
    msg_id VARCHAR(40), 
    CONSTRAINT voicemail_messages_dir_msgnum PRIMARY KEY (dir, msgnum)
);

INSERT INTO ast_schema_rebuild_voicemail_messages (dir, msgnum, context, macrocontext, callerid, origtime, duration, recording, flag, category, mailboxuser, mailboxcontext, msg_id) SELECT dir, msgnum, context, macrocontext, callerid, origtime, duration, recording, flag, category, mailboxuser, mailboxcontext, msg_id FROM voicemail_messages;

DROP TABLE voicemail_messages;

ALTER TABLE ast_schema_rebuild_voicemail_messages RENAME TO voicemail_messages;

CREATE INDEX voicemail_messages_dir ON voicemail_messages (dir);

UPDATE alembic_version_voicemail SET version_num='39428242f7f5' WHERE alembic_version_voicemail.version_num = 'a2e9769475e';

COMMIT;

-- Running upgrade 39428242f7f5 -> 1c55c341360f, Remove macrocontext field

BEGIN;

ALTER TABLE voicemail_messages DROP COLUMN macrocontext;

UPDATE alembic_version_voicemail SET version_num='1c55c341360f' WHERE alembic_version_voicemail.version_num = '39428242f7f5';

COMMIT;

-- Running upgrade 1c55c341360f -> 64fae6bbe7fb, Drop redundant index

BEGIN;

DROP INDEX voicemail_messages_dir;

UPDATE alembic_version_voicemail SET version_num='64fae6bbe7fb' WHERE alembic_version_voicemail.version_num = '1c55c341360f';

COMMIT;

-- Running downgrade 64fae6bbe7fb -> 1c55c341360f, Drop redundant index

BEGIN;

CREATE INDEX voicemail_messages_dir ON voicemail_messages (dir);

UPDATE alembic_version_voicemail SET version_num='1c55c341360f' WHERE alembic_version_voicemail.version_num = '64fae6bbe7fb';

COMMIT;

-- Running downgrade 1c55c341360f -> 39428242f7f5, Remove macrocontext field

BEGIN;

ALTER TABLE voicemail_messages ADD COLUMN macrocontext VARCHAR(80);

UPDATE alembic_version_voicemail SET version_num='39428242f7f5' WHERE alembic_version_voicemail.version_num = '1c55c341360f';

COMMIT;

-- Running downgrade 39428242f7f5 -> a2e9769475e, increase recording column size

BEGIN;

CREATE TABLE ast_schema_rebuild_voicemail_messages (
    dir VARCHAR(255) NOT NULL, 
    msgnum INTEGER NOT NULL, 
    context VARCHAR(80), 
    callerid VARCHAR(80), 
    origtime INTEGER, 
    duration INTEGER, 
    recording BLOB, 
    flag VARCHAR(30), 
    category VARCHAR(30), 
    mailboxuser VARCHAR(30), 
    mailboxcontext VARCHAR(30), 
    msg_id VARCHAR(40), 
    macrocontext VARCHAR(80), 
    CONSTRAINT voicemail_messages_dir_msgnum PRIMARY KEY (dir, msgnum)
);

INSERT INTO ast_schema_rebuild_voicemail_messages (dir, msgnum, context, callerid, origtime, duration, recording, flag, category, mailboxuser, mailboxcontext, msg_id, macrocontext) SELECT dir, msgnum, context, callerid, origtime, duration, recording, flag, category, mailboxuser, mailboxcontext, msg_id, macrocontext FROM voicemail_messages;

DROP TABLE voicemail_messages;

ALTER TABLE ast_schema_rebuild_voicemail_messages RENAME TO voicemail_messages;

CREATE INDEX voicemail_messages_dir ON voicemail_messages (dir);

UPDATE alembic_version_voicemail SET version_num='a2e9769475e' WHERE alembic_version_voicemail.version_num = '39428242f7f5';

COMMIT;

-- Running downgrade a2e9769475e -> , Create tables

-- WARNING: this drops table voicemail_messages with its rows

BEGIN;

DROP TABLE voicemail_messages;

DELETE FROM alembic_version_voicemail WHERE alembic_version_voicemail.version_num = 'a2e9769475e';

COMMIT;

