-- ast-schema queue_log tree, mysql dialect: upgrade base:head, then downgrade head:base

CREATE TABLE alembic_version_queue_log (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_queue_log_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4105ee839f58, create queue_log table

CREATE TABLE queue_log (
    id BIGINT NOT NULL AUTO_INCREMENT, 
    time DATETIME, 
    callid VARCHAR(80), 
    queuename VARCHAR(256), 
    agent VARCHAR(80), 
    event VARCHAR(32), 
    data1 VARCHAR(100), 
    data2 VARCHAR(100), 
    data3 VARCHAR(100), 
    data4 VARCHAR(100), 
    data5 VARCHAR(100), 
    PRIMARY KEY (id), 
    UNIQUE (id)
);

INSERT INTO alembic_version_queue_log (version_num) VALUES ('4105ee839f58');

-- Running downgrade 4105ee839f58 -> , create queue_log table

-- WARNING: this drops table queue_log with its rows

DROP TABLE queue_log;

DELETE FROM alembic_version_queue_log WHERE alembic_version_queue_log.version_num = '4105ee839f58';

