-- ast-schema voicemail tree, mysql dialect: upgrade base:head, then downgrade head:base

CREATE TABLE alembic_version_voicemail (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_voicemail_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a2e9769475e, Create tables

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

ALTER TABLE voicemail_messages ADD CONSTRAINT voicemail_messages_dir_msgnum PRIMARY KEY (dir, msgnum);

CREATE INDEX voicemail_messages_dir ON voicemail_messages (dir);

INSERT INTO alembic_version_voicemail (version_num) VALUES ('a2e9769475e');

-- Running upgrade a2e9769475e -> 39428242f7f5, increase recording column size

ALTER TABLE voicemail_messages MODIFY recording BLOB(4294967295) NULL;

UPDATE alembic_version_voicemail SET version_num='39428242f7f5' WHERE alembic_version_voicemail.version_num = 'a2e9769475e';

-- Running upgrade 39428242f7f5 -> 1c55c341360f, Remove macrocontext field

ALTER TABLE voicemail_messages DROP COLUMN macrocontext;

UPDATE alembic_version_voicemail SET version_num='1c55c341360f' WHERE alembic_version_voicemail.version_num = '39428242f7f5';

-- Running upgrade 1c55c341360f -> 64fae6bbe7fb, Drop redundant index

DROP INDEX voicemail_messages_dir ON voicemail_messages;

UPDATE alembic_version_voicemail SET version_num='64fae6bbe7fb' WHERE alembic_version_voicemail.version_num = '1c55c341360f';

-- Running downgrade 64fae6bbe7fb -> 1c55c341360f, Drop redundant index

CREATE INDEX voicemail_messages_dir ON voicemail_messages (dir);

UPDATE alembic_version_voicemail SET version_num='1c55c341360f' WHERE alembic_version_voicemail.version_num = '64fae6bbe7fb';

-- Running downgrade 1c55c341360f -> 39428242f7f5, Remove macrocontext field

ALTER TABLE voicemail_messages ADD COLUMN macrocontext VARCHAR(80);

UPDATE alembic_version_voicemail SET version_num='39428242f7f5' WHERE alembic_version_voicemail.version_num = '1c55c341360f';

-- Running downgrade 39428242f7f5 -> a2e9769475e, increase recording column size

-- WARNING: this narrows voicemail_messages.recording to 65535 bytes

ALTER TABLE voicemail_messages MODIFY recording BLOB NULL;

UPDATE alembic_version_voicemail SET version_num='a2e9769475e' WHERE alembic_version_voicemail.version_num = '39428242f7f5';

-- Running downgrade a2e9769475e -> , Create tables

-- WARNING: this drops table voicemail_messages with its rows

DROP TABLE voicemail_messages;

DELETE FROM alembic_version_voicemail WHERE alembic_version_voicemail.version_num = 'a2e9769475e';

