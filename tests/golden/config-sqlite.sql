-- ast-schema config tree, sqlite dialect: upgrade base:head, then downgrade head:base

CREATE TABLE alembic_version_config (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_config_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4da0c5f79a9c, Create tables

BEGIN;

CREATE TABLE sippeers (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    name VARCHAR(40) NOT NULL, 
    ipaddr VARCHAR(45), 
    port INTEGER, 
    regseconds INTEGER, 
    defaultuser VARCHAR(40), 
    fullcontact VARCHAR(80), 
    regserver VARCHAR(20), 
    useragent VARCHAR(20), 
    lastms INTEGER, 
    host VARCHAR(40), 
    type VARCHAR(6) CHECK (type IN ('friend', 'user', 'peer')), 
    context VARCHAR(40), 
    permit VARCHAR(95), 
    deny VARCHAR(95), 
    secret VARCHAR(40), 
    md5secret VARCHAR(40), 
    remotesecret VARCHAR(40), 
    transport VARCHAR(7) CHECK (transport IN ('udp', 'tcp', 'tls', 'ws', 'wss', 'udp,tcp', 'tcp,udp')), 
    dtmfmode VARCHAR(9) CHECK (dtmfmode IN ('rfc2833', 'info', 'shortinfo', 'inband', 'auto')), 
    directmedia VARCHAR(6) CHECK (directmedia IN ('yes', 'no', 'nonat', 'update')), 
    nat VARCHAR(29), 
    callgroup VARCHAR(40), 
    pickupgroup VARCHAR(40), 
    language VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    insecure VARCHAR(40), 
    trustrpid VARCHAR(3) CHECK (trustrpid IN ('yes', 'no')), 
    progressinband VARCHAR(5) CHECK (progressinband IN ('yes', 'no', 'never')), 
    promiscredir VARCHAR(3) CHECK (promiscredir IN ('yes', 'no')), 
    useclientcode VARCHAR(3) CHECK (useclientcode IN ('yes', 'no')), 
    accountcode VARCHAR(40), 
    setvar VARCHAR(200), 
    callerid VARCHAR(40), 
    amaflags VARCHAR(40), 
    callcounter VARCHAR(3) CHECK (callcounter IN ('yes', 'no')), 
    busylevel INTEGER, 
    allowoverlap VARCHAR(3) CHECK (allowoverlap IN ('yes', 'no')), 
    allowsubscribe VARCHAR(3) CHECK (allowsubscribe IN ('yes', 'no')), 
    videosupport VARCHAR(3) CHECK (videosupport IN ('yes', 'no')), 
    maxcallbitrate INTEGER, 
    rfc2833compensate VARCHAR(3) CHECK (rfc2833compensate IN ('yes', 'no')), 
    mailbox VARCHAR(40), 
    "session-timers" VARCHAR(9) CHECK ("session-timers" IN ('accept', 'refuse', 'originate')), 
    "session-expires" INTEGER, 
    "session-minse" INTEGER, 
    "session-refresher" VARCHAR(3) CHECK ("session-refresher" IN ('uac', 'uas')), 
    t38pt_usertpsource VARCHAR(40), 
    regexten VARCHAR(40), 
    fromdomain VARCHAR(40), 
    fromuser VARCHAR(40), 
    "qualify" VARCHAR(40), 
    defaultip VARCHAR(45), 
    rtptimeout INTEGER, 
    rtpholdtimeout INTEGER, 
    sendrpid VARCHAR(3) CHECK (sendrpid IN ('yes', 'no')), 
    outboundproxy VARCHAR(40), 
    callbackextension VARCHAR(40), 
    timert1 INTEGER, 
    timerb INTEGER, 
    qualifyfreq INTEGER, 
    constantssrc VARCHAR(3) CHECK (constantssrc IN ('yes', 'no')), 
    contactpermit VARCHAR(95), 
    contactdeny VARCHAR(95), 
    usereqphone VARCHAR(3) CHECK (usereqphone IN ('yes', 'no')), 
    textsupport VARCHAR(3) CHECK (textsupport IN ('yes', 'no')), 
    faxdetect VARCHAR(3) CHECK (faxdetect IN ('yes', 'no')), 
    buggymwi VARCHAR(3) CHECK (buggymwi IN ('yes', 'no')), 
    auth VARCHAR(40), 
    fullname VARCHAR(40), 
    trunkname VARCHAR(40), 
    cid_number VARCHAR(40), 
    callingpres VARCHAR(21) CHECK (callingpres IN ('allowed_not_screened', 'allowed_passed_screen', 'allowed_failed_screen', 'allowed', 'prohib_not_screened', 'prohib_passed_screen', 'prohib_failed_screen', 'prohib')), 
    mohinterpret VARCHAR(40), 
    mohsuggest VARCHAR(40), 
    parkinglot VARCHAR(40), 
    hasvoicemail VARCHAR(3) CHECK (hasvoicemail IN ('yes', 'no')), 
    subscribemwi VARCHAR(3) CHECK (subscribemwi IN ('yes', 'no')), 
    vmexten VARCHAR(40), 
    autoframing VARCHAR(3) CHECK (autoframing IN ('yes', 'no')), 
    rtpkeepalive INTEGER, 
    "call-limit" INTEGER, 
    g726nonstandard VARCHAR(3) CHECK (g726nonstandard IN ('yes', 'no')), 
    ignoresdpversion VARCHAR(3) CHECK (ignoresdpversion IN ('yes', 'no')), 
    allowtransfer VARCHAR(3) CHECK (allowtransfer IN ('yes', 'no')), 
    dynamic VARCHAR(3) CHECK (dynamic IN ('yes', 'no')), 
    path VARCHAR(256), 
    supportpath VARCHAR(3) CHECK (supportpath IN ('yes', 'no')), 
    UNIQUE (name)
);

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

CREATE TABLE iaxfriends (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    name VARCHAR(40) NOT NULL, 
    type VARCHAR(6) CHECK (type IN ('friend', 'user', 'peer')), 
    username VARCHAR(40), 
    mailbox VARCHAR(40), 
    secret VARCHAR(40), 
    dbsecret VARCHAR(40), 
    context VARCHAR(40), 
    regcontext VARCHAR(40), 
    host VARCHAR(40), 
    ipaddr VARCHAR(40), 
    port INTEGER, 
    defaultip VARCHAR(20), 
    sourceaddress VARCHAR(20), 
    mask VARCHAR(20), 
    regexten VARCHAR(40), 
    regseconds INTEGER, 
    accountcode VARCHAR(20), 
    mohinterpret VARCHAR(20), 
    mohsuggest VARCHAR(20), 
    inkeys VARCHAR(40), 
    outkeys VARCHAR(40), 
    language VARCHAR(10), 
    callerid VARCHAR(100), 
    cid_number VARCHAR(40), 
    sendani VARCHAR(3) CHECK (sendani IN ('yes', 'no')), 
    fullname VARCHAR(40), 
    trunk VARCHAR(3) CHECK (trunk IN ('yes', 'no')), 
    auth VARCHAR(20), 
    maxauthreq INTEGER, 
    requirecalltoken VARCHAR(4) CHECK (requirecalltoken IN ('yes', 'no', 'auto')), 
    encryption VARCHAR(6) CHECK (encryption IN ('yes', 'no', 'aes128')), 
    transfer VARCHAR(9) CHECK (transfer IN ('yes', 'no', 'mediaonly')), 
    jitterbuffer VARCHAR(3) CHECK (jitterbuffer IN ('yes', 'no')), 
    forcejitterbuffer VARCHAR(3) CHECK (forcejitterbuffer IN ('yes', 'no')), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    codecpriority VARCHAR(40), 
    "qualify" VARCHAR(10), 
    qualifysmoothing VARCHAR(3) CHECK (qualifysmoothing IN ('yes', 'no')), 
    qualifyfreqok VARCHAR(10), 
    qualifyfreqnotok VARCHAR(10), 
    timezone VARCHAR(20), 
    adsi VARCHAR(3) CHECK (adsi IN ('yes', 'no')), 
    amaflags VARCHAR(20), 
    setvar VARCHAR(200), 
    UNIQUE (name)
);

CREATE INDEX iaxfriends_name ON iaxfriends (name);

CREATE INDEX iaxfriends_name_host ON iaxfriends (name, host);

CREATE INDEX iaxfriends_name_ipaddr_port ON iaxfriends (name, ipaddr, port);

CREATE INDEX iaxfriends_ipaddr_port ON iaxfriends (ipaddr, port);

CREATE INDEX iaxfriends_host_port ON iaxfriends (host, port);

CREATE TABLE voicemail (
    uniqueid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    context VARCHAR(80) NOT NULL, 
    mailbox VARCHAR(80) NOT NULL, 
    password VARCHAR(80) NOT NULL, 
    fullname VARCHAR(80), 
    alias VARCHAR(80), 
    email VARCHAR(80), 
    pager VARCHAR(80), 
    attach VARCHAR(3) CHECK (attach IN ('yes', 'no')), 
    attachfmt VARCHAR(10), 
    serveremail VARCHAR(80), 
    language VARCHAR(20), 
    tz VARCHAR(30), 
    deletevoicemail VARCHAR(3) CHECK (deletevoicemail IN ('yes', 'no')), 
    saycid VARCHAR(3) CHECK (saycid IN ('yes', 'no')), 
    sendvoicemail VARCHAR(3) CHECK (sendvoicemail IN ('yes', 'no')), 
    review VARCHAR(3) CHECK (review IN ('yes', 'no')), 
    tempgreetwarn VARCHAR(3) CHECK (tempgreetwarn IN ('yes', 'no')), 
    operator VARCHAR(3) CHECK (operator IN ('yes', 'no')), 
    envelope VARCHAR(3) CHECK (envelope IN ('yes', 'no')), 
    sayduration INTEGER, 
    forcename VARCHAR(3) CHECK (forcename IN ('yes', 'no')), 
    forcegreetings VARCHAR(3) CHECK (forcegreetings IN ('yes', 'no')), 
    callback VARCHAR(80), 
    dialout VARCHAR(80), 
    exitcontext VARCHAR(80), 
    maxmsg INTEGER, 
    volgain NUMERIC(5, 2), 
    imapuser VARCHAR(80), 
    imappassword VARCHAR(80), 
    imapserver VARCHAR(80), 
    imapport VARCHAR(8), 
    imapflags VARCHAR(80), 
    stamp DATETIME
);

CREATE INDEX voicemail_mailbox ON voicemail (mailbox);

CREATE INDEX voicemail_context ON voicemail (context);

CREATE INDEX voicemail_mailbox_context ON voicemail (mailbox, context);

CREATE INDEX voicemail_imapuser ON voicemail (imapuser);

CREATE TABLE meetme (
    bookid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    confno VARCHAR(80) NOT NULL, 
    starttime DATETIME, 
    endtime DATETIME, 
    pin VARCHAR(20), 
    adminpin VARCHAR(20), 
    opts VARCHAR(20), 
    adminopts VARCHAR(20), 
    recordingfilename VARCHAR(80), 
    recordingformat VARCHAR(10), 
    maxusers INTEGER, 
    members INTEGER NOT NULL
);

CREATE INDEX meetme_confno_start_end ON meetme (confno, starttime, endtime);

CREATE TABLE musiconhold (
    name VARCHAR(80) NOT NULL, 
    mode VARCHAR(10) CHECK (mode IN ('custom', 'files', 'mp3nb', 'quietmp3nb', 'quietmp3')), 
    directory VARCHAR(255), 
    application VARCHAR(255), 
    digit VARCHAR(1), 
    sort VARCHAR(10), 
    format VARCHAR(10), 
    stamp DATETIME, 
    PRIMARY KEY (name)
);

INSERT INTO alembic_version_config (version_num) VALUES ('4da0c5f79a9c');

COMMIT;

-- Running upgrade 4da0c5f79a9c -> 43956d550a44, Add tables for pjsip

BEGIN;

CREATE TABLE ps_endpoints (
    id VARCHAR(40) NOT NULL, 
    transport VARCHAR(40), 
    aors VARCHAR(200), 
    auth VARCHAR(40), 
    context VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    direct_media VARCHAR(3) CHECK (direct_media IN ('yes', 'no')), 
    connected_line_method VARCHAR(8) CHECK (connected_line_method IN ('invite', 'reinvite', 'update')), 
    direct_media_method VARCHAR(8) CHECK (direct_media_method IN ('invite', 'reinvite', 'update')), 
    direct_media_glare_mitigation VARCHAR(8) CHECK (direct_media_glare_mitigation IN ('none', 'outgoing', 'incoming')), 
    disable_direct_media_on_nat VARCHAR(3) CHECK (disable_direct_media_on_nat IN ('yes', 'no')), 
    dtmf_mode VARCHAR(7) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(8) CHECK (identify_by IN ('username')), 
    mailboxes VARCHAR(40), 
    moh_suggest VARCHAR(40), 
    outbound_auth VARCHAR(40), 
    outbound_proxy VARCHAR(40), 
    rewrite_contact VARCHAR(3) CHECK (rewrite_contact IN ('yes', 'no')), 
    rtp_ipv6 VARCHAR(3) CHECK (rtp_ipv6 IN ('yes', 'no')), 
    rtp_symmetric VARCHAR(3) CHECK (rtp_symmetric IN ('yes', 'no')), 
    send_diversion VARCHAR(3) CHECK (send_diversion IN ('yes', 'no')), 
    send_pai VARCHAR(3) CHECK (send_pai IN ('yes', 'no')), 
    send_rpid VARCHAR(3) CHECK (send_rpid IN ('yes', 'no')), 
    timers_min_se INTEGER, 
    timers VARCHAR(8) CHECK (timers IN ('forced', 'no', 'required', 'yes')), 
    timers_sess_expires INTEGER, 
    callerid VARCHAR(40), 
    callerid_privacy VARCHAR(23) CHECK (callerid_privacy IN ('allowed_not_screened', 'allowed_passed_screened', 'allowed_failed_screened', 'allowed', 'prohib_not_screened', 'prohib_passed_screened', 'prohib_failed_screened', 'prohib', 'unavailable')), 
    callerid_tag VARCHAR(40), 
    "100rel" VARCHAR(8) CHECK ("100rel" IN ('no', 'required', 'yes')), 
    aggregate_mwi VARCHAR(3) CHECK (aggregate_mwi IN ('yes', 'no')), 
    trust_id_inbound VARCHAR(3) CHECK (trust_id_inbound IN ('yes', 'no')), 
    trust_id_outbound VARCHAR(3) CHECK (trust_id_outbound IN ('yes', 'no')), 
    use_ptime VARCHAR(3) CHECK (use_ptime IN ('yes', 'no')), 
    use_avpf VARCHAR(3) CHECK (use_avpf IN ('yes', 'no')), 
    media_encryption VARCHAR(4) CHECK (media_encryption IN ('no', 'sdes', 'dtls')), 
    inband_progress VARCHAR(3) CHECK (inband_progress IN ('yes', 'no')), 
    call_group VARCHAR(40), 
    pickup_group VARCHAR(40), 
    named_call_group VARCHAR(40), 
    named_pickup_group VARCHAR(40), 
    device_state_busy_at INTEGER, 
    fax_detect VARCHAR(3) CHECK (fax_detect IN ('yes', 'no')), 
    t38_udptl VARCHAR(3) CHECK (t38_udptl IN ('yes', 'no')), 
    t38_udptl_ec VARCHAR(10) CHECK (t38_udptl_ec IN ('none', 'fec', 'redundancy')), 
    t38_udptl_maxdatagram INTEGER, 
    t38_udptl_nat VARCHAR(3) CHECK (t38_udptl_nat IN ('yes', 'no')), 
    t38_udptl_ipv6 VARCHAR(3) CHECK (t38_udptl_ipv6 IN ('yes', 'no')), 
    tone_zone VARCHAR(40), 
    language VARCHAR(40), 
    one_touch_recording VARCHAR(3) CHECK (one_touch_recording IN ('yes', 'no')), 
    record_on_feature VARCHAR(40), 
    record_off_feature VARCHAR(40), 
    rtp_engine VARCHAR(40), 
    allow_transfer VARCHAR(3) CHECK (allow_transfer IN ('yes', 'no')), 
    allow_subscribe VARCHAR(3) CHECK (allow_subscribe IN ('yes', 'no')), 
    sdp_owner VARCHAR(40), 
    sdp_session VARCHAR(40), 
    tos_audio INTEGER, 
    tos_video INTEGER, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_fromuser VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    UNIQUE (id)
);

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ps_auths (
    id VARCHAR(40) NOT NULL, 
    auth_type VARCHAR(8) CHECK (auth_type IN ('md5', 'userpass')), 
    nonce_lifetime INTEGER, 
    md5_cred VARCHAR(40), 
    password VARCHAR(80), 
    realm VARCHAR(40), 
    username VARCHAR(40), 
    UNIQUE (id)
);

CREATE INDEX ps_auths_id ON ps_auths (id);

CREATE TABLE ps_aors (
    id VARCHAR(40) NOT NULL, 
    contact VARCHAR(40), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    UNIQUE (id)
);

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE TABLE ps_contacts (
    id VARCHAR(40) NOT NULL, 
    uri VARCHAR(40), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    UNIQUE (id)
);

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE TABLE ps_domain_aliases (
    id VARCHAR(40) NOT NULL, 
    domain VARCHAR(80), 
    UNIQUE (id)
);

CREATE INDEX ps_domain_aliases_id ON ps_domain_aliases (id);

CREATE TABLE ps_endpoint_id_ips (
    id VARCHAR(40) NOT NULL, 
    endpoint VARCHAR(40), 
    "match" VARCHAR(80), 
    UNIQUE (id)
);

CREATE INDEX ps_endpoint_id_ips_id ON ps_endpoint_id_ips (id);

UPDATE alembic_version_config SET version_num='43956d550a44' WHERE alembic_version_config.version_num = '4da0c5f79a9c';

COMMIT;

-- Running downgrade 43956d550a44 -> 4da0c5f79a9c, Add tables for pjsip

BEGIN;

DROP TABLE ps_endpoints;

DROP TABLE ps_auths;

DROP TABLE ps_aors;

DROP TABLE ps_contacts;

DROP TABLE ps_domain_aliases;

DROP TABLE ps_endpoint_id_ips;

UPDATE alembic_version_config SET version_num='4da0c5f79a9c' WHERE alembic_version_config.version_num = '43956d550a44';

COMMIT;

-- Running downgrade 4da0c5f79a9c -> , Create tables

BEGIN;

DROP TABLE sippeers;

DROP TABLE iaxfriends;

DROP TABLE voicemail;

DROP TABLE meetme;

DROP TABLE musiconhold;

DELETE FROM alembic_version_config WHERE alembic_version_config.version_num = '4da0c5f79a9c';

COMMIT;

