-- ast-schema config tree, postgresql dialect: upgrade base:head, then downgrade head:base

CREATE TABLE alembic_version_config (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_config_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4da0c5f79a9c, Create tables

BEGIN;

CREATE TYPE type_values AS ENUM ('friend', 'user', 'peer');

CREATE TYPE sip_transport_values AS ENUM ('udp', 'tcp', 'tls', 'ws', 'wss', 'udp,tcp', 'tcp,udp');

CREATE TYPE sip_dtmfmode_values AS ENUM ('rfc2833', 'info', 'shortinfo', 'inband', 'auto');

CREATE TYPE sip_directmedia_values AS ENUM ('yes', 'no', 'nonat', 'update');

CREATE TYPE yes_no_values AS ENUM ('yes', 'no');

CREATE TYPE sip_progressinband_values AS ENUM ('yes', 'no', 'never');

CREATE TYPE sip_session_timers_values AS ENUM ('accept', 'refuse', 'originate');

CREATE TYPE sip_session_refresher_values AS ENUM ('uac', 'uas');

CREATE TYPE sip_callingpres_values AS ENUM ('allowed_not_screened', 'allowed_passed_screen', 'allowed_failed_screen', 'allowed', 'prohib_not_screened', 'prohib_passed_screen', 'prohib_failed_screen', 'prohib');

CREATE TABLE sippeers (
    id SERIAL NOT NULL, 
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
    type type_values, 
    context VARCHAR(40), 
    permit VARCHAR(95), 
    deny VARCHAR(95), 
    secret VARCHAR(40), 
    md5secret VARCHAR(40), 
    remotesecret VARCHAR(40), 
    transport sip_transport_values, 
    dtmfmode sip_dtmfmode_values, 
    directmedia sip_directmedia_values, 
    nat VARCHAR(29), 
    callgroup VARCHAR(40), 
    pickupgroup VARCHAR(40), 
    language VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    insecure VARCHAR(40), 
    trustrpid yes_no_values, 
    progressinband sip_progressinband_values, 
    promiscredir yes_no_values, 
    useclientcode yes_no_values, 
    accountcode VARCHAR(40), 
    setvar VARCHAR(200), 
    callerid VARCHAR(40), 
    amaflags VARCHAR(40), 
    callcounter yes_no_values, 
    busylevel INTEGER, 
    allowoverlap yes_no_values, 
    allowsubscribe yes_no_values, 
    videosupport yes_no_values, 
    maxcallbitrate INTEGER, 
    rfc2833compensate yes_no_values, 
    mailbox VARCHAR(40), 
    "session-timers" sip_session_timers_values, 
    "session-expires" INTEGER, 
    "session-minse" INTEGER, 
    "session-refresher" sip_session_refresher_values, 
    t38pt_usertpsource VARCHAR(40), 
    regexten VARCHAR(40), 
    fromdomain VARCHAR(40), 
    fromuser VARCHAR(40), 
    "qualify" VARCHAR(40), 
    defaultip VARCHAR(45), 
    rtptimeout INTEGER, 
    rtpholdtimeout INTEGER, 
    sendrpid yes_no_values, 
    outboundproxy VARCHAR(40), 
    callbackextension VARCHAR(40), 
    timert1 INTEGER, 
    timerb INTEGER, 
    qualifyfreq INTEGER, 
    constantssrc yes_no_values, 
    contactpermit VARCHAR(95), 
    contactdeny VARCHAR(95), 
    usereqphone yes_no_values, 
    textsupport yes_no_values, 
    faxdetect yes_no_values, 
    buggymwi yes_no_values, 
    auth VARCHAR(40), 
    fullname VARCHAR(40), 
    trunkname VARCHAR(40), 
    cid_number VARCHAR(40), 
    callingpres sip_callingpres_values, 
    mohinterpret VARCHAR(40), 
    mohsuggest VARCHAR(40), 
    parkinglot VARCHAR(40), 
    hasvoicemail yes_no_values, 
    subscribemwi yes_no_values, 
    vmexten VARCHAR(40), 
    autoframing yes_no_values, 
    rtpkeepalive INTEGER, 
    "call-limit" INTEGER, 
    g726nonstandard yes_no_values, 
    ignoresdpversion yes_no_values, 
    allowtransfer yes_no_values, 
    dynamic yes_no_values, 
    path VARCHAR(256), 
    supportpath yes_no_values, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

CREATE TYPE iax_requirecalltoken_values AS ENUM ('yes', 'no', 'auto');

CREATE TYPE iax_encryption_values AS ENUM ('yes', 'no', 'aes128');

CREATE TYPE iax_transfer_values AS ENUM ('yes', 'no', 'mediaonly');

CREATE TABLE iaxfriends (
    id SERIAL NOT NULL, 
    name VARCHAR(40) NOT NULL, 
    type type_values, 
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
    sendani yes_no_values, 
    fullname VARCHAR(40), 
    trunk yes_no_values, 
    auth VARCHAR(20), 
    maxauthreq INTEGER, 
    requirecalltoken iax_requirecalltoken_values, 
    encryption iax_encryption_values, 
    transfer iax_transfer_values, 
    jitterbuffer yes_no_values, 
    forcejitterbuffer yes_no_values, 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    codecpriority VARCHAR(40), 
    "qualify" VARCHAR(10), 
    qualifysmoothing yes_no_values, 
    qualifyfreqok VARCHAR(10), 
    qualifyfreqnotok VARCHAR(10), 
    timezone VARCHAR(20), 
    adsi yes_no_values, 
    amaflags VARCHAR(20), 
    setvar VARCHAR(200), 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE INDEX iaxfriends_name ON iaxfriends (name);

CREATE INDEX iaxfriends_name_host ON iaxfriends (name, host);

CREATE INDEX iaxfriends_name_ipaddr_port ON iaxfriends (name, ipaddr, port);

CREATE INDEX iaxfriends_ipaddr_port ON iaxfriends (ipaddr, port);

CREATE INDEX iaxfriends_host_port ON iaxfriends (host, port);

CREATE TABLE voicemail (
    uniqueid SERIAL NOT NULL, 
    context VARCHAR(80) NOT NULL, 
    mailbox VARCHAR(80) NOT NULL, 
    password VARCHAR(80) NOT NULL, 
    fullname VARCHAR(80), 
    alias VARCHAR(80), 
    email VARCHAR(80), 
    pager VARCHAR(80), 
    attach yes_no_values, 
    attachfmt VARCHAR(10), 
    serveremail VARCHAR(80), 
    language VARCHAR(20), 
    tz VARCHAR(30), 
    deletevoicemail yes_no_values, 
    saycid yes_no_values, 
    sendvoicemail yes_no_values, 
    review yes_no_values, 
    tempgreetwarn yes_no_values, 
    operator yes_no_values, 
    envelope yes_no_values, 
    sayduration INTEGER, 
    forcename yes_no_values, 
    forcegreetings yes_no_values, 
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
    stamp TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (uniqueid)
);

CREATE INDEX voicemail_mailbox ON voicemail (mailbox);

CREATE INDEX voicemail_context ON voicemail (context);

CREATE INDEX voicemail_mailbox_context ON voicemail (mailbox, context);

CREATE INDEX voicemail_imapuser ON voicemail (imapuser);

CREATE TABLE meetme (
    bookid SERIAL NOT NULL, 
    confno VARCHAR(80) NOT NULL, 
    starttime TIMESTAMP WITHOUT TIME ZONE, 
    endtime TIMESTAMP WITHOUT TIME ZONE, 
    pin VARCHAR(20), 
    adminpin VARCHAR(20), 
    opts VARCHAR(20), 
    adminopts VARCHAR(20), 
    recordingfilename VARCHAR(80), 
    recordingformat VARCHAR(10), 
    maxusers INTEGER, 
    members INTEGER NOT NULL, 
    PRIMARY KEY (bookid)
);

CREATE INDEX meetme_confno_start_end ON meetme (confno, starttime, endtime);

CREATE TYPE moh_mode_values AS ENUM ('custom', 'files', 'mp3nb', 'quietmp3nb', 'quietmp3');

CREATE TABLE musiconhold (
    name VARCHAR(80) NOT NULL, 
    mode moh_mode_values, 
    directory VARCHAR(255), 
    application VARCHAR(255), 
    digit VARCHAR(1), 
    sort VARCHAR(10), 
    format VARCHAR(10), 
    stamp TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (name)
);

INSERT INTO alembic_version_config (version_num) VALUES ('4da0c5f79a9c');

COMMIT;

-- Running upgrade 4da0c5f79a9c -> 43956d550a44, Add tables for pjsip

BEGIN;

CREATE TYPE yesno_values AS ENUM ('yes', 'no');

CREATE TYPE pjsip_connected_line_method_values AS ENUM ('invite', 'reinvite', 'update');

CREATE TYPE pjsip_direct_media_glare_mitigation_values AS ENUM ('none', 'outgoing', 'incoming');

CREATE TYPE pjsip_dtmf_mode_values AS ENUM ('rfc4733', 'inband', 'info');

CREATE TYPE pjsip_identify_by_values AS ENUM ('username');

CREATE TYPE pjsip_timer_values AS ENUM ('forced', 'no', 'required', 'yes');

CREATE TYPE pjsip_cid_privacy_values AS ENUM ('allowed_not_screened', 'allowed_passed_screened', 'allowed_failed_screened', 'allowed', 'prohib_not_screened', 'prohib_passed_screened', 'prohib_failed_screened', 'prohib', 'unavailable');

CREATE TYPE pjsip_100rel_values AS ENUM ('no', 'required', 'yes');

CREATE TYPE pjsip_media_encryption_values AS ENUM ('no', 'sdes', 'dtls');

CREATE TYPE pjsip_t38udptl_ec_values AS ENUM ('none', 'fec', 'redundancy');

CREATE TYPE pjsip_dtls_setup_values AS ENUM ('active', 'passive', 'actpass');

CREATE TABLE ps_endpoints (
    id VARCHAR(40) NOT NULL, 
    transport VARCHAR(40), 
    aors VARCHAR(200), 
    auth VARCHAR(40), 
    context VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    direct_media yesno_values, 
    connected_line_method pjsip_connected_line_method_values, 
    direct_media_method pjsip_connected_line_method_values, 
    direct_media_glare_mitigation pjsip_direct_media_glare_mitigation_values, 
    disable_direct_media_on_nat yesno_values, 
    dtmf_mode pjsip_dtmf_mode_values, 
    external_media_address VARCHAR(40), 
    force_rport yesno_values, 
    ice_support yesno_values, 
    identify_by pjsip_identify_by_values, 
    mailboxes VARCHAR(40), 
    moh_suggest VARCHAR(40), 
    outbound_auth VARCHAR(40), 
    outbound_proxy VARCHAR(40), 
    rewrite_contact yesno_values, 
    rtp_ipv6 yesno_values, 
    rtp_symmetric yesno_values, 
    send_diversion yesno_values, 
    send_pai yesno_values, 
    send_rpid yesno_values, 
    timers_min_se INTEGER, 
    timers pjsip_timer_values, 
    timers_sess_expires INTEGER, 
    callerid VARCHAR(40), 
    callerid_privacy pjsip_cid_privacy_values, 
    callerid_tag VARCHAR(40), 
    "100rel" pjsip_100rel_values, 
    aggregate_mwi yesno_values, 
    trust_id_inbound yesno_values, 
    trust_id_outbound yesno_values, 
    use_ptime yesno_values, 
    use_avpf yesno_values, 
    media_encryption pjsip_media_encryption_values, 
    inband_progress yesno_values, 
    call_group VARCHAR(40), 
    pickup_group VARCHAR(40), 
    named_call_group VARCHAR(40), 
    named_pickup_group VARCHAR(40), 
    device_state_busy_at INTEGER, 
    fax_detect yesno_values, 
    t38_udptl yesno_values, 
    t38_udptl_ec pjsip_t38udptl_ec_values, 
    t38_udptl_maxdatagram INTEGER, 
    t38_udptl_nat yesno_values, 
    t38_udptl_ipv6 yesno_values, 
    tone_zone VARCHAR(40), 
    language VARCHAR(40), 
    one_touch_recording yesno_values, 
    record_on_feature VARCHAR(40), 
    record_off_feature VARCHAR(40), 
    rtp_engine VARCHAR(40), 
    allow_transfer yesno_values, 
    allow_subscribe yesno_values, 
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
    dtls_setup pjsip_dtls_setup_values, 
    srtp_tag_32 yesno_values, 
    UNIQUE (id)
);

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TYPE pjsip_auth_type_values AS ENUM ('md5', 'userpass');

CREATE TABLE ps_auths (
    id VARCHAR(40) NOT NULL, 
    auth_type pjsip_auth_type_values, 
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
    remove_existing yesno_values, 
    qualify_frequency INTEGER, 
    authenticate_qualify yesno_values, 
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

-- Running upgrade 43956d550a44 -> 581a4264e537, adding extensions

BEGIN;

CREATE TABLE extensions (
    id BIGSERIAL NOT NULL, 
    context VARCHAR(40) NOT NULL, 
    exten VARCHAR(40) NOT NULL, 
    priority INTEGER NOT NULL, 
    app VARCHAR(40) NOT NULL, 
    appdata VARCHAR(256) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (context, exten, priority)
);

UPDATE alembic_version_config SET version_num='581a4264e537' WHERE alembic_version_config.version_num = '43956d550a44';

COMMIT;

-- Running upgrade 581a4264e537 -> 2fc7930b41b3, Add/Update tables for pjsip

BEGIN;

CREATE TYPE pjsip_redirect_method_values AS ENUM ('user', 'uri_core', 'uri_pjsip');

CREATE TABLE ps_systems (
    id VARCHAR(40) NOT NULL, 
    timer_t1 INTEGER, 
    timer_b INTEGER, 
    compact_headers yesno_values, 
    threadpool_initial_size INTEGER, 
    threadpool_auto_increment INTEGER, 
    threadpool_idle_timeout INTEGER, 
    threadpool_max_size INTEGER, 
    UNIQUE (id)
);

CREATE INDEX ps_systems_id ON ps_systems (id);

CREATE TABLE ps_globals (
    id VARCHAR(40) NOT NULL, 
    max_forwards INTEGER, 
    user_agent VARCHAR(40), 
    default_outbound_endpoint VARCHAR(40), 
    UNIQUE (id)
);

CREATE INDEX ps_globals_id ON ps_globals (id);

CREATE TYPE pjsip_transport_method_values AS ENUM ('default', 'unspecified', 'tlsv1', 'sslv2', 'sslv3', 'sslv23');

CREATE TYPE pjsip_transport_protocol_values AS ENUM ('udp', 'tcp', 'tls', 'ws', 'wss');

CREATE TABLE ps_transports (
    id VARCHAR(40) NOT NULL, 
    async_operations INTEGER, 
    bind VARCHAR(40), 
    ca_list_file VARCHAR(200), 
    cert_file VARCHAR(200), 
    cipher VARCHAR(200), 
    domain VARCHAR(40), 
    external_media_address VARCHAR(40), 
    external_signaling_address VARCHAR(40), 
    external_signaling_port INTEGER, 
    method pjsip_transport_method_values, 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol pjsip_transport_protocol_values, 
    require_client_cert yesno_values, 
    verify_client yesno_values, 
    verifiy_server yesno_values, 
    tos yesno_values, 
    cos yesno_values, 
    UNIQUE (id)
);

CREATE INDEX ps_transports_id ON ps_transports (id);

CREATE TABLE ps_registrations (
    id VARCHAR(40) NOT NULL, 
    auth_rejection_permanent yesno_values, 
    client_uri VARCHAR(40), 
    contact_user VARCHAR(40), 
    expiration INTEGER, 
    max_retries INTEGER, 
    outbound_auth VARCHAR(40), 
    outbound_proxy VARCHAR(40), 
    retry_interval INTEGER, 
    forbidden_retry_interval INTEGER, 
    server_uri VARCHAR(40), 
    transport VARCHAR(40), 
    support_path yesno_values, 
    UNIQUE (id)
);

CREATE INDEX ps_registrations_id ON ps_registrations (id);

ALTER TABLE ps_endpoints ADD COLUMN media_address VARCHAR(40);

ALTER TABLE ps_endpoints ADD COLUMN redirect_method pjsip_redirect_method_values;

ALTER TABLE ps_endpoints ADD COLUMN set_var TEXT;

ALTER TABLE ps_endpoints RENAME mwi_fromuser TO mwi_from_user;

ALTER TABLE ps_contacts ADD COLUMN outbound_proxy VARCHAR(40);

ALTER TABLE ps_contacts ADD COLUMN path TEXT;

ALTER TABLE ps_aors ADD COLUMN maximum_expiration INTEGER;

ALTER TABLE ps_aors ADD COLUMN outbound_proxy VARCHAR(40);

ALTER TABLE ps_aors ADD COLUMN support_path yesno_values;

UPDATE alembic_version_config SET version_num='2fc7930b41b3' WHERE alembic_version_config.version_num = '581a4264e537';

COMMIT;

-- Running upgrade 2fc7930b41b3 -> 21e526ad3040, add pjsip debug option

BEGIN;

ALTER TABLE ps_globals ADD COLUMN debug VARCHAR(40);

UPDATE alembic_version_config SET version_num='21e526ad3040' WHERE alembic_version_config.version_num = '2fc7930b41b3';

COMMIT;

-- Running upgrade 21e526ad3040 -> 28887f25a46f, Create queue tables

BEGIN;

CREATE TYPE queue_autopause_values AS ENUM ('yes', 'no', 'all');

CREATE TYPE queue_strategy_values AS ENUM ('ringall', 'leastrecent', 'fewestcalls', 'random', 'rrmemory', 'linear', 'wrandom', 'rrordered');

CREATE TABLE queues (
    name VARCHAR(128) NOT NULL, 
    musiconhold VARCHAR(128), 
    announce VARCHAR(128), 
    context VARCHAR(128), 
    timeout INTEGER, 
    ringinuse yesno_values, 
    setinterfacevar yesno_values, 
    setqueuevar yesno_values, 
    setqueueentryvar yesno_values, 
    monitor_format VARCHAR(8), 
    membermacro VARCHAR(512), 
    membergosub VARCHAR(512), 
    queue_youarenext VARCHAR(128), 
    queue_thereare VARCHAR(128), 
    queue_callswaiting VARCHAR(128), 
    queue_quantity1 VARCHAR(128), 
    queue_quantity2 VARCHAR(128), 
    queue_holdtime VARCHAR(128), 
    queue_minutes VARCHAR(128), 
    queue_minute VARCHAR(128), 
    queue_seconds VARCHAR(128), 
    queue_thankyou VARCHAR(128), 
    queue_callerannounce VARCHAR(128), 
    queue_reporthold VARCHAR(128), 
    announce_frequency INTEGER, 
    announce_to_first_user yesno_values, 
    min_announce_frequency INTEGER, 
    announce_round_seconds INTEGER, 
    announce_holdtime VARCHAR(128), 
    announce_position VARCHAR(128), 
    announce_position_limit INTEGER, 
    periodic_announce VARCHAR(50), 
    periodic_announce_frequency INTEGER, 
    relative_periodic_announce yesno_values, 
    random_periodic_announce yesno_values, 
    retry INTEGER, 
    wrapuptime INTEGER, 
    penaltymemberslimit INTEGER, 
    autofill yesno_values, 
    monitor_type VARCHAR(128), 
    autopause queue_autopause_values, 
    autopausedelay INTEGER, 
    autopausebusy yesno_values, 
    autopauseunavail yesno_values, 
    maxlen INTEGER, 
    servicelevel INTEGER, 
    strategy queue_strategy_values, 
    joinempty VARCHAR(128), 
    leavewhenempty VARCHAR(128), 
    reportholdtime yesno_values, 
    memberdelay INTEGER, 
    weight INTEGER, 
    timeoutrestart yesno_values, 
    defaultrule VARCHAR(128), 
    timeoutpriority VARCHAR(128), 
    PRIMARY KEY (name)
);

CREATE TABLE queue_members (
    queue_name VARCHAR(80) NOT NULL, 
    interface VARCHAR(80) NOT NULL, 
    uniqueid VARCHAR(80) NOT NULL, 
    membername VARCHAR(80), 
    state_interface VARCHAR(80), 
    penalty INTEGER, 
    paused INTEGER, 
    PRIMARY KEY (queue_name, interface)
);

UPDATE alembic_version_config SET version_num='28887f25a46f' WHERE alembic_version_config.version_num = '21e526ad3040';

COMMIT;

-- Running upgrade 28887f25a46f -> 4c573e7135bd, Fix tos and cos field types

-- WARNING: this narrows ps_endpoints.tos_audio to 10 characters

-- WARNING: this narrows ps_endpoints.tos_video to 10 characters

BEGIN;

ALTER TABLE ps_endpoints ALTER COLUMN tos_audio TYPE VARCHAR(10);

ALTER TABLE ps_endpoints ALTER COLUMN tos_video TYPE VARCHAR(10);

ALTER TABLE ps_endpoints DROP COLUMN cos_audio;

ALTER TABLE ps_endpoints DROP COLUMN cos_video;

ALTER TABLE ps_endpoints ADD COLUMN cos_audio INTEGER;

ALTER TABLE ps_endpoints ADD COLUMN cos_video INTEGER;

ALTER TABLE ps_transports ALTER COLUMN tos TYPE VARCHAR(10);

ALTER TABLE ps_transports DROP COLUMN cos;

ALTER TABLE ps_transports ADD COLUMN cos INTEGER;

UPDATE alembic_version_config SET version_num='4c573e7135bd' WHERE alembic_version_config.version_num = '28887f25a46f';

COMMIT;

-- Running upgrade 4c573e7135bd -> 3855ee4e5f85, add_missing_pjsip_options

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN message_context VARCHAR(40);

ALTER TABLE ps_contacts ADD COLUMN user_agent VARCHAR(40);

UPDATE alembic_version_config SET version_num='3855ee4e5f85' WHERE alembic_version_config.version_num = '4c573e7135bd';

COMMIT;

-- Running upgrade 3855ee4e5f85 -> e96a0b8071c, increase pjsip columns size

BEGIN;

ALTER TABLE ps_globals ALTER COLUMN user_agent TYPE VARCHAR(255);

ALTER TABLE ps_contacts ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_contacts ALTER COLUMN uri TYPE VARCHAR(255);

ALTER TABLE ps_contacts ALTER COLUMN user_agent TYPE VARCHAR(255);

ALTER TABLE ps_registrations ALTER COLUMN client_uri TYPE VARCHAR(255);

ALTER TABLE ps_registrations ALTER COLUMN server_uri TYPE VARCHAR(255);

UPDATE alembic_version_config SET version_num='e96a0b8071c' WHERE alembic_version_config.version_num = '3855ee4e5f85';

COMMIT;

-- Running upgrade e96a0b8071c -> c6d929b23a8, create pjsip subscription persistence table

BEGIN;

CREATE TABLE ps_subscription_persistence (
    id VARCHAR(40) NOT NULL, 
    packet VARCHAR(2048), 
    src_name VARCHAR(128), 
    src_port INTEGER, 
    transport_key VARCHAR(64), 
    local_name VARCHAR(128), 
    local_port INTEGER, 
    cseq INTEGER, 
    tag VARCHAR(128), 
    endpoint VARCHAR(40), 
    expires INTEGER, 
    UNIQUE (id)
);

CREATE INDEX ps_subscription_persistence_id ON ps_subscription_persistence (id);

UPDATE alembic_version_config SET version_num='c6d929b23a8' WHERE alembic_version_config.version_num = 'e96a0b8071c';

COMMIT;

-- Running upgrade c6d929b23a8 -> 51f8cb66540e, add further dtls options

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN force_avp yesno_values;

ALTER TABLE ps_endpoints ADD COLUMN media_use_received_transport yesno_values;

UPDATE alembic_version_config SET version_num='51f8cb66540e' WHERE alembic_version_config.version_num = 'c6d929b23a8';

COMMIT;

-- Running upgrade 51f8cb66540e -> 1d50859ed02e, create accountcode

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN accountcode VARCHAR(20);

UPDATE alembic_version_config SET version_num='1d50859ed02e' WHERE alembic_version_config.version_num = '51f8cb66540e';

COMMIT;

-- Running upgrade 1d50859ed02e -> 1758e8bbf6b, increase useragent column size

BEGIN;

ALTER TABLE sippeers ALTER COLUMN useragent TYPE VARCHAR(255);

UPDATE alembic_version_config SET version_num='1758e8bbf6b' WHERE alembic_version_config.version_num = '1d50859ed02e';

COMMIT;

-- Running upgrade 1758e8bbf6b -> 5139253c0423, make q member uniqueid autoinc

BEGIN;

ALTER TABLE queue_members DROP COLUMN uniqueid;

ALTER TABLE queue_members ADD COLUMN uniqueid INTEGER NOT NULL;

ALTER TABLE queue_members ADD UNIQUE (uniqueid);

UPDATE alembic_version_config SET version_num='5139253c0423' WHERE alembic_version_config.version_num = '1758e8bbf6b';

COMMIT;

-- Running upgrade 5139253c0423 -> d39508cb8d8, Create queue_rules

BEGIN;

CREATE TABLE queue_rules (
    rule_name VARCHAR(80) NOT NULL, 
    time VARCHAR(32) NOT NULL, 
    min_penalty VARCHAR(32) NOT NULL, 
    max_penalty VARCHAR(32) NOT NULL
);

UPDATE alembic_version_config SET version_num='d39508cb8d8' WHERE alembic_version_config.version_num = '5139253c0423';

COMMIT;

-- Running upgrade d39508cb8d8 -> 5950038a6ead, Fix pjsip transports verify column

BEGIN;

ALTER TABLE ps_transports ALTER COLUMN verifiy_server TYPE yesno_values USING verifiy_server::text::yesno_values;

ALTER TABLE ps_transports RENAME verifiy_server TO verify_server;

UPDATE alembic_version_config SET version_num='5950038a6ead' WHERE alembic_version_config.version_num = 'd39508cb8d8';

COMMIT;

-- Running upgrade 5950038a6ead -> 10aedae86a32, Add Outgoing enum value to sippeers directmedia

BEGIN;

CREATE TYPE sip_directmedia_values_v2 AS ENUM ('yes', 'no', 'nonat', 'update', 'outgoing');

ALTER TABLE sippeers ALTER COLUMN directmedia TYPE sip_directmedia_values_v2 USING directmedia::text::sip_directmedia_values_v2;

DROP TYPE sip_directmedia_values;

UPDATE alembic_version_config SET version_num='10aedae86a32' WHERE alembic_version_config.version_num = '5950038a6ead';

COMMIT;

-- Running upgrade 10aedae86a32 -> 371a3bf4143e, add user_eq_phone option to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN user_eq_phone yesno_values;

UPDATE alembic_version_config SET version_num='371a3bf4143e' WHERE alembic_version_config.version_num = '10aedae86a32';

COMMIT;

-- Running upgrade 371a3bf4143e -> 15b1430ad6f1, add moh passthrough option to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN moh_passthrough yesno_values;

UPDATE alembic_version_config SET version_num='15b1430ad6f1' WHERE alembic_version_config.version_num = '371a3bf4143e';

COMMIT;

-- Running upgrade 15b1430ad6f1 -> 945b1098bdd, add media encryption optimistic to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN media_encryption_optimistic yesno_values;

UPDATE alembic_version_config SET version_num='945b1098bdd' WHERE alembic_version_config.version_num = '15b1430ad6f1';

COMMIT;

-- Running upgrade 945b1098bdd -> 45e3f47c6c44, add pjsip endpoint_identifier_order

BEGIN;

ALTER TABLE ps_globals ADD COLUMN endpoint_identifier_order VARCHAR(40);

UPDATE alembic_version_config SET version_num='45e3f47c6c44' WHERE alembic_version_config.version_num = '945b1098bdd';

COMMIT;

-- Running upgrade 45e3f47c6c44 -> 23530d604b96, add rpid_immediate

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN rpid_immediate yesno_values;

UPDATE alembic_version_config SET version_num='23530d604b96' WHERE alembic_version_config.version_num = '45e3f47c6c44';

COMMIT;

-- Running upgrade 23530d604b96 -> 31cd4f4891ec, Add auto DTMF mode

BEGIN;

CREATE TYPE pjsip_dtmf_mode_values_v2 AS ENUM ('rfc4733', 'inband', 'info', 'auto');

ALTER TABLE ps_endpoints ALTER COLUMN dtmf_mode TYPE pjsip_dtmf_mode_values_v2 USING dtmf_mode::text::pjsip_dtmf_mode_values_v2;

DROP TYPE pjsip_dtmf_mode_values;

UPDATE alembic_version_config SET version_num='31cd4f4891ec' WHERE alembic_version_config.version_num = '23530d604b96';

COMMIT;

-- Running upgrade 31cd4f4891ec -> 461d7d691209, add pjsip qualify_timeout

BEGIN;

ALTER TABLE ps_aors ADD COLUMN qualify_timeout INTEGER;

ALTER TABLE ps_contacts ADD COLUMN qualify_timeout INTEGER;

UPDATE alembic_version_config SET version_num='461d7d691209' WHERE alembic_version_config.version_num = '31cd4f4891ec';

COMMIT;

-- Running upgrade 461d7d691209 -> a541e0b5e89, add pjsip max_initial_qualify_time

BEGIN;

ALTER TABLE ps_globals ADD COLUMN max_initial_qualify_time INTEGER;

UPDATE alembic_version_config SET version_num='a541e0b5e89' WHERE alembic_version_config.version_num = '461d7d691209';

COMMIT;

-- Running upgrade a541e0b5e89 -> 28b8e71e541f, add g726_non_standard

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN g726_non_standard yesno_values;

UPDATE alembic_version_config SET version_num='28b8e71e541f' WHERE alembic_version_config.version_num = 'a541e0b5e89';

COMMIT;

-- Running upgrade 28b8e71e541f -> 498357a710ae, Add RTP keepalive

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN rtp_keepalive INTEGER;

UPDATE alembic_version_config SET version_num='498357a710ae' WHERE alembic_version_config.version_num = '28b8e71e541f';

COMMIT;

-- Running upgrade 498357a710ae -> 26f10cadc157, add pjsip timeout options

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN rtp_timeout INTEGER;

ALTER TABLE ps_endpoints ADD COLUMN rtp_timeout_hold INTEGER;

UPDATE alembic_version_config SET version_num='26f10cadc157' WHERE alembic_version_config.version_num = '498357a710ae';

COMMIT;

-- Running upgrade 26f10cadc157 -> 154177371065, add default_from_user

BEGIN;

ALTER TABLE ps_globals ADD COLUMN default_from_user VARCHAR(80);

UPDATE alembic_version_config SET version_num='154177371065' WHERE alembic_version_config.version_num = '26f10cadc157';

COMMIT;

-- Running upgrade 154177371065 -> 28ce1e718f05, add fatal_response_interval

BEGIN;

ALTER TABLE ps_registrations ADD COLUMN fatal_retry_interval INTEGER;

UPDATE alembic_version_config SET version_num='28ce1e718f05' WHERE alembic_version_config.version_num = '154177371065';

COMMIT;

-- Running upgrade 28ce1e718f05 -> 339a3bdf53fc, expand accountcode to 80

BEGIN;

ALTER TABLE ps_endpoints ALTER COLUMN accountcode TYPE VARCHAR(80);

ALTER TABLE sippeers ALTER COLUMN accountcode TYPE VARCHAR(80);

ALTER TABLE iaxfriends ALTER COLUMN accountcode TYPE VARCHAR(80);

UPDATE alembic_version_config SET version_num='339a3bdf53fc' WHERE alembic_version_config.version_num = '28ce1e718f05';

COMMIT;

-- Running upgrade 339a3bdf53fc -> 189a235b3fd7, add_keep_alive_interval

BEGIN;

ALTER TABLE ps_globals ADD COLUMN keep_alive_interval INTEGER;

UPDATE alembic_version_config SET version_num='189a235b3fd7' WHERE alembic_version_config.version_num = '339a3bdf53fc';

COMMIT;

-- Running upgrade 189a235b3fd7 -> 2d078ec071b7, increaes_contact_column_size

BEGIN;

ALTER TABLE ps_aors ALTER COLUMN contact TYPE VARCHAR(255);

UPDATE alembic_version_config SET version_num='2d078ec071b7' WHERE alembic_version_config.version_num = '189a235b3fd7';

COMMIT;

-- Running upgrade 2d078ec071b7 -> 26d7f3bf0fa5, add bind_rtp_to_media_address to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN bind_rtp_to_media_address yesno_values;

UPDATE alembic_version_config SET version_num='26d7f3bf0fa5' WHERE alembic_version_config.version_num = '2d078ec071b7';

COMMIT;

-- Running upgrade 26d7f3bf0fa5 -> 136885b81223, add regcontext to pjsip

BEGIN;

ALTER TABLE ps_globals ADD COLUMN regcontext VARCHAR(80);

UPDATE alembic_version_config SET version_num='136885b81223' WHERE alembic_version_config.version_num = '26d7f3bf0fa5';

COMMIT;

-- Running upgrade 136885b81223 -> 423f34ad36e2, fix pjsip qualify timeout

BEGIN;

ALTER TABLE ps_aors ALTER COLUMN qualify_timeout TYPE FLOAT;

ALTER TABLE ps_contacts ALTER COLUMN qualify_timeout TYPE FLOAT;

UPDATE alembic_version_config SET version_num='423f34ad36e2' WHERE alembic_version_config.version_num = '136885b81223';

COMMIT;

-- Running upgrade 423f34ad36e2 -> dbc44d5a908, Add missing columns to system and registration

BEGIN;

ALTER TABLE ps_systems ADD COLUMN disable_tcp_switch yesno_values;

ALTER TABLE ps_registrations ADD COLUMN line yesno_values;

ALTER TABLE ps_registrations ADD COLUMN endpoint VARCHAR(40);

UPDATE alembic_version_config SET version_num='dbc44d5a908' WHERE alembic_version_config.version_num = '423f34ad36e2';

COMMIT;

-- Running upgrade dbc44d5a908 -> 3bcc0b5bc2c9, Add allow_reload to ps_transports

BEGIN;

ALTER TABLE ps_transports ADD COLUMN allow_reload yesno_values;

UPDATE alembic_version_config SET version_num='3bcc0b5bc2c9' WHERE alembic_version_config.version_num = 'dbc44d5a908';

COMMIT;

-- Running upgrade 3bcc0b5bc2c9 -> 5813202e92be, Add contact_expiration_check_interval to ps_globals

BEGIN;

ALTER TABLE ps_globals ADD COLUMN contact_expiration_check_interval INTEGER;

UPDATE alembic_version_config SET version_num='5813202e92be' WHERE alembic_version_config.version_num = '3bcc0b5bc2c9';

COMMIT;

-- Running upgrade 5813202e92be -> 1c688d9a003c, pjsip voicemail extension

BEGIN;

ALTER TABLE ps_globals ADD COLUMN default_voicemail_extension VARCHAR(40);

ALTER TABLE ps_aors ADD COLUMN voicemail_extension VARCHAR(40);

ALTER TABLE ps_endpoints ADD COLUMN voicemail_extension VARCHAR(40);

ALTER TABLE ps_endpoints ADD COLUMN mwi_subscribe_replaces_unsolicited INTEGER;

UPDATE alembic_version_config SET version_num='1c688d9a003c' WHERE alembic_version_config.version_num = '5813202e92be';

COMMIT;

-- Running upgrade 1c688d9a003c -> 8d478ab86e29, pjsip_add_disable_multi_domain

BEGIN;

ALTER TABLE ps_globals ADD COLUMN disable_multi_domain yesno_values;

UPDATE alembic_version_config SET version_num='8d478ab86e29' WHERE alembic_version_config.version_num = '1c688d9a003c';

COMMIT;

-- Running upgrade 8d478ab86e29 -> 65eb22eb195, Add unidentified request options to global

BEGIN;

ALTER TABLE ps_globals ADD COLUMN unidentified_request_count INTEGER;

ALTER TABLE ps_globals ADD COLUMN unidentified_request_period INTEGER;

ALTER TABLE ps_globals ADD COLUMN unidentified_request_prune_interval INTEGER;

ALTER TABLE ps_globals ADD COLUMN default_realm VARCHAR(40);

UPDATE alembic_version_config SET version_num='65eb22eb195' WHERE alembic_version_config.version_num = '8d478ab86e29';

COMMIT;

-- Running upgrade 65eb22eb195 -> 81b01a191a46, pjsip: add contact reg_server

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN reg_server VARCHAR(20);

ALTER TABLE ps_contacts ADD CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server);

UPDATE alembic_version_config SET version_num='81b01a191a46' WHERE alembic_version_config.version_num = '65eb22eb195';

COMMIT;

-- Running upgrade 81b01a191a46 -> 6be31516058d, ps_contacts add authenticate_qualify

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN authenticate_qualify yesno_values;

UPDATE alembic_version_config SET version_num='6be31516058d' WHERE alembic_version_config.version_num = '81b01a191a46';

COMMIT;

-- Running upgrade 6be31516058d -> d7e3c73eb2bf, Add PJSIP Endpoint IP Access Control options

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN deny VARCHAR(95);

ALTER TABLE ps_endpoints ADD COLUMN permit VARCHAR(95);

ALTER TABLE ps_endpoints ADD COLUMN acl VARCHAR(40);

ALTER TABLE ps_endpoints ADD COLUMN contact_deny VARCHAR(95);

ALTER TABLE ps_endpoints ADD COLUMN contact_permit VARCHAR(95);

ALTER TABLE ps_endpoints ADD COLUMN contact_acl VARCHAR(40);

UPDATE alembic_version_config SET version_num='d7e3c73eb2bf' WHERE alembic_version_config.version_num = '6be31516058d';

COMMIT;

-- Running upgrade d7e3c73eb2bf -> a845e4d8ade8, res_pjsip: add contact via_addr and callid

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN via_addr VARCHAR(40);

ALTER TABLE ps_contacts ADD COLUMN via_port INTEGER;

ALTER TABLE ps_contacts ADD COLUMN call_id VARCHAR(255);

UPDATE alembic_version_config SET version_num='a845e4d8ade8' WHERE alembic_version_config.version_num = 'd7e3c73eb2bf';

COMMIT;

-- Running upgrade a845e4d8ade8 -> ef7efc2d3964, ps_contacts add endpoint and modify expiration_time to bigint

-- WARNING: this converts ps_contacts.expiration_time to bigint

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN endpoint VARCHAR(40);

ALTER TABLE ps_contacts ALTER COLUMN expiration_time TYPE BIGINT USING expiration_time::bigint;

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

CREATE INDEX ps_aors_qualifyfreq_contact ON ps_aors (qualify_frequency, contact);

UPDATE alembic_version_config SET version_num='ef7efc2d3964' WHERE alembic_version_config.version_num = 'a845e4d8ade8';

COMMIT;

-- Running upgrade ef7efc2d3964 -> 9deac0ae4717, pjsip_add_subscribe_context

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN subscribe_context VARCHAR(40);

UPDATE alembic_version_config SET version_num='9deac0ae4717' WHERE alembic_version_config.version_num = 'ef7efc2d3964';

COMMIT;

-- Running upgrade 9deac0ae4717 -> 4a6c67fa9b7a, add fax_detect_timeout option

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN fax_detect_timeout INTEGER;

UPDATE alembic_version_config SET version_num='4a6c67fa9b7a' WHERE alembic_version_config.version_num = '9deac0ae4717';

COMMIT;

-- Running upgrade 4a6c67fa9b7a -> c7a44a5a0851, pjsip: add global MWI options

BEGIN;

ALTER TABLE ps_globals ADD COLUMN mwi_tps_queue_high INTEGER;

ALTER TABLE ps_globals ADD COLUMN mwi_tps_queue_low INTEGER;

ALTER TABLE ps_globals ADD COLUMN mwi_disable_initial_unsolicited yesno_values;

UPDATE alembic_version_config SET version_num='c7a44a5a0851' WHERE alembic_version_config.version_num = '4a6c67fa9b7a';

COMMIT;

-- Running upgrade c7a44a5a0851 -> 3772f8f828da, update_identify_by

BEGIN;

ALTER TYPE pjsip_identify_by_values RENAME TO pjsip_identify_by_values_tmp;

CREATE TYPE pjsip_identify_by_values AS ENUM ('username', 'auth_username');

ALTER TABLE ps_endpoints ALTER COLUMN identify_by TYPE pjsip_identify_by_values USING identify_by::text::pjsip_identify_by_values;

DROP TYPE pjsip_identify_by_values_tmp;

UPDATE alembic_version_config SET version_num='3772f8f828da' WHERE alembic_version_config.version_num = 'c7a44a5a0851';

COMMIT;

-- Running upgrade 3772f8f828da -> 4e2493ef32e6, Add contact_user to endpoint

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN contact_user VARCHAR(80);

UPDATE alembic_version_config SET version_num='4e2493ef32e6' WHERE alembic_version_config.version_num = '3772f8f828da';

COMMIT;

-- Running upgrade 4e2493ef32e6 -> 7f3e21abe318, add preferred_codec_only option to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN preferred_codec_only yesno_values;

UPDATE alembic_version_config SET version_num='7f3e21abe318' WHERE alembic_version_config.version_num = '4e2493ef32e6';

COMMIT;

-- Running upgrade 7f3e21abe318 -> a6ef36f1309, ps_globals add ignore_uri_user_options

BEGIN;

ALTER TABLE ps_globals ADD COLUMN ignore_uri_user_options yesno_values;

UPDATE alembic_version_config SET version_num='a6ef36f1309' WHERE alembic_version_config.version_num = '7f3e21abe318';

COMMIT;

-- Running upgrade a6ef36f1309 -> 4468b4a91372, add pjsip asymmetric rtp codec

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN asymmetric_rtp_codec yesno_values;

UPDATE alembic_version_config SET version_num='4468b4a91372' WHERE alembic_version_config.version_num = 'a6ef36f1309';

COMMIT;

-- Running upgrade 4468b4a91372 -> 28ab27a7826d, add srv_lookups to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips ADD COLUMN srv_lookups yesno_values;

UPDATE alembic_version_config SET version_num='28ab27a7826d' WHERE alembic_version_config.version_num = '4468b4a91372';

COMMIT;

-- Running upgrade 28ab27a7826d -> 465e70e8c337, Add match_header attribute to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips ADD COLUMN match_header VARCHAR(255);

UPDATE alembic_version_config SET version_num='465e70e8c337' WHERE alembic_version_config.version_num = '28ab27a7826d';

COMMIT;

-- Running upgrade 465e70e8c337 -> 15db7b91a97a, empty message

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN rtcp_mux yesno_values;

UPDATE alembic_version_config SET version_num='15db7b91a97a' WHERE alembic_version_config.version_num = '465e70e8c337';

COMMIT;

-- Running upgrade 15db7b91a97a -> f638dbe2eb23, symmetric_transport

BEGIN;

ALTER TABLE ps_transports ADD COLUMN symmetric_transport yesno_values;

ALTER TABLE ps_subscription_persistence ADD COLUMN contact_uri VARCHAR(256);

UPDATE alembic_version_config SET version_num='f638dbe2eb23' WHERE alembic_version_config.version_num = '15db7b91a97a';

COMMIT;

-- Running upgrade f638dbe2eb23 -> 8fce4c573e15, add pjsip allow_overlap

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN allow_overlap yesno_values;

UPDATE alembic_version_config SET version_num='8fce4c573e15' WHERE alembic_version_config.version_num = 'f638dbe2eb23';

COMMIT;

-- Running upgrade 8fce4c573e15 -> 2da192dbbc65, add publish tables

BEGIN;

CREATE TABLE ps_outbound_publishes (
    id VARCHAR(40) NOT NULL, 
    expiration INTEGER, 
    outbound_auth VARCHAR(40), 
    outbound_proxy VARCHAR(256), 
    server_uri VARCHAR(256), 
    from_uri VARCHAR(256), 
    to_uri VARCHAR(256), 
    event VARCHAR(40), 
    max_auth_attempts INTEGER, 
    transport VARCHAR(40), 
    multi_user yesno_values, 
    "@body" VARCHAR(40), 
    "@context" VARCHAR(256), 
    "@exten" VARCHAR(256), 
    UNIQUE (id)
);

CREATE INDEX ps_outbound_publishes_id ON ps_outbound_publishes (id);

CREATE TABLE ps_inbound_publications (
    id VARCHAR(40) NOT NULL, 
    endpoint VARCHAR(40), 
    "event_asterisk-devicestate" VARCHAR(40), 
    "event_asterisk-mwi" VARCHAR(40), 
    UNIQUE (id)
);

CREATE INDEX ps_inbound_publications_id ON ps_inbound_publications (id);

CREATE TABLE ps_asterisk_publications (
    id VARCHAR(40) NOT NULL, 
    devicestate_publish VARCHAR(40), 
    mailboxstate_publish VARCHAR(40), 
    device_state yesno_values, 
    device_state_filter VARCHAR(256), 
    mailbox_state yesno_values, 
    mailbox_state_filter VARCHAR(256), 
    UNIQUE (id)
);

CREATE INDEX ps_asterisk_publications_id ON ps_asterisk_publications (id);

UPDATE alembic_version_config SET version_num='2da192dbbc65' WHERE alembic_version_config.version_num = '8fce4c573e15';

COMMIT;

-- Running upgrade 2da192dbbc65 -> 1d0e332c32af, create rls table

BEGIN;

CREATE TABLE ps_resource_list (
    id VARCHAR(40) NOT NULL, 
    list_item VARCHAR(2048), 
    event VARCHAR(40), 
    full_state yesno_values, 
    notification_batch_interval INTEGER, 
    UNIQUE (id)
);

CREATE INDEX ps_resource_list_id ON ps_resource_list (id);

UPDATE alembic_version_config SET version_num='1d0e332c32af' WHERE alembic_version_config.version_num = '2da192dbbc65';

COMMIT;

-- Running upgrade 1d0e332c32af -> 86bb1efa278d, add ps_endpoints.refer_blind_progress

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN refer_blind_progress yesno_values;

UPDATE alembic_version_config SET version_num='86bb1efa278d' WHERE alembic_version_config.version_num = '1d0e332c32af';

COMMIT;

-- Running upgrade 86bb1efa278d -> d7983954dd96, add ps_endpoints.notify_early_inuse_ringing

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN notify_early_inuse_ringing yesno_values;

UPDATE alembic_version_config SET version_num='d7983954dd96' WHERE alembic_version_config.version_num = '86bb1efa278d';

COMMIT;

-- Running upgrade d7983954dd96 -> 39959b9c2566, pjsip_stream_maximum

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN max_audio_streams INTEGER;

ALTER TABLE ps_endpoints ADD COLUMN max_video_streams INTEGER;

UPDATE alembic_version_config SET version_num='39959b9c2566' WHERE alembic_version_config.version_num = 'd7983954dd96';

COMMIT;

-- Running upgrade 39959b9c2566 -> 164abbd708c, Add auto_info to endpoint dtmf_mode

BEGIN;

CREATE TYPE pjsip_dtmf_mode_values_v3 AS ENUM ('rfc4733', 'inband', 'info', 'auto', 'auto_info');

ALTER TABLE ps_endpoints ALTER COLUMN dtmf_mode TYPE pjsip_dtmf_mode_values_v3 USING dtmf_mode::text::pjsip_dtmf_mode_values_v3;

DROP TYPE pjsip_dtmf_mode_values_v2;

UPDATE alembic_version_config SET version_num='164abbd708c' WHERE alembic_version_config.version_num = '39959b9c2566';

COMMIT;

-- Running upgrade 164abbd708c -> 44ccced114ce, add webrtc option to ps_endpoints

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN webrtc yesno_values;

UPDATE alembic_version_config SET version_num='44ccced114ce' WHERE alembic_version_config.version_num = '164abbd708c';

COMMIT;

-- Running upgrade 44ccced114ce -> f3d1c5d38b56, add_prune_on_boot

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN prune_on_boot yesno_values;

UPDATE alembic_version_config SET version_num='f3d1c5d38b56' WHERE alembic_version_config.version_num = '44ccced114ce';

COMMIT;

-- Running upgrade f3d1c5d38b56 -> b83645976fdd, add dtls_fingerprint to ps_endpoints

BEGIN;

CREATE TYPE sha_hash_values AS ENUM ('SHA-1', 'SHA-256');

ALTER TABLE ps_endpoints ADD COLUMN dtls_fingerprint sha_hash_values;

UPDATE alembic_version_config SET version_num='b83645976fdd' WHERE alembic_version_config.version_num = 'f3d1c5d38b56';

COMMIT;

-- Running upgrade b83645976fdd -> a1698e8bb9c5, add_incoming_mwi_mailbox

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN incoming_mwi_mailbox VARCHAR(40);

UPDATE alembic_version_config SET version_num='a1698e8bb9c5' WHERE alembic_version_config.version_num = 'b83645976fdd';

COMMIT;

-- Running upgrade a1698e8bb9c5 -> 20abce6d1e3c, add pjsip identify by ip

BEGIN;

ALTER TYPE pjsip_identify_by_values RENAME TO pjsip_identify_by_values_tmp;

CREATE TYPE pjsip_identify_by_values AS ENUM ('username', 'auth_username', 'ip');

ALTER TABLE ps_endpoints ALTER COLUMN identify_by TYPE pjsip_identify_by_values USING identify_by::text::pjsip_identify_by_values;

DROP TYPE pjsip_identify_by_values_tmp;

UPDATE alembic_version_config SET version_num='20abce6d1e3c' WHERE alembic_version_config.version_num = 'a1698e8bb9c5';

COMMIT;

-- Running upgrade 20abce6d1e3c -> de83fac997e2, add bundle to ps_endpoints

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN bundle yesno_values;

UPDATE alembic_version_config SET version_num='de83fac997e2' WHERE alembic_version_config.version_num = '20abce6d1e3c';

COMMIT;

-- Running upgrade de83fac997e2 -> 041c0d3d1857, add_dtls_auto_generate_cert

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN dtls_auto_generate_cert yesno_values;

UPDATE alembic_version_config SET version_num='041c0d3d1857' WHERE alembic_version_config.version_num = 'de83fac997e2';

COMMIT;

-- Running upgrade 041c0d3d1857 -> e2f04d309071, add wrapuptime to queue_members

BEGIN;

ALTER TABLE queue_members ADD COLUMN wrapuptime INTEGER;

UPDATE alembic_version_config SET version_num='e2f04d309071' WHERE alembic_version_config.version_num = '041c0d3d1857';

COMMIT;

-- Running upgrade e2f04d309071 -> 52798ad97bdf, add pjsip identify by header

BEGIN;

ALTER TABLE ps_endpoints ALTER COLUMN identify_by TYPE VARCHAR(80) USING identify_by::text::pjsip_identify_by_values;

DROP TYPE pjsip_identify_by_values;

UPDATE alembic_version_config SET version_num='52798ad97bdf' WHERE alembic_version_config.version_num = 'e2f04d309071';

COMMIT;

-- Running upgrade 52798ad97bdf -> d3e4284f8707, add prune_on_boot to ps_subscription_persistence

BEGIN;

ALTER TABLE ps_subscription_persistence ADD COLUMN prune_on_boot yesno_values;

UPDATE alembic_version_config SET version_num='d3e4284f8707' WHERE alembic_version_config.version_num = '52798ad97bdf';

COMMIT;

-- Running upgrade d3e4284f8707 -> 0be05c3a8225, Add early media options

BEGIN;

ALTER TABLE ps_systems ADD COLUMN follow_early_media_fork yesno_values;

ALTER TABLE ps_systems ADD COLUMN accept_multiple_sdp_answers yesno_values;

ALTER TABLE ps_endpoints ADD COLUMN follow_early_media_fork yesno_values;

ALTER TABLE ps_endpoints ADD COLUMN accept_multiple_sdp_answers yesno_values;

UPDATE alembic_version_config SET version_num='0be05c3a8225' WHERE alembic_version_config.version_num = 'd3e4284f8707';

COMMIT;

-- Running upgrade 0be05c3a8225 -> 19b00bc19b7b, add suppress_q850_reason_headers to endpoint

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN suppress_q850_reason_header yesno_values;

UPDATE alembic_version_config SET version_num='19b00bc19b7b' WHERE alembic_version_config.version_num = '0be05c3a8225';

COMMIT;

-- Running upgrade 19b00bc19b7b -> 1d3ed26d9978, Increase uri column size

BEGIN;

ALTER TABLE ps_contacts ALTER COLUMN uri TYPE VARCHAR(511);

UPDATE alembic_version_config SET version_num='1d3ed26d9978' WHERE alembic_version_config.version_num = '19b00bc19b7b';

COMMIT;

-- Running upgrade 1d3ed26d9978 -> fe6592859b85, Fix mwi_subscribe_replaces_unsolicited

-- WARNING: this narrows ps_endpoints.mwi_subscribe_replaces_unsolicited to 5 characters

-- WARNING: this limits ps_endpoints.mwi_subscribe_replaces_unsolicited to the values 0, 1, off, on, false, true, no, yes

BEGIN;

CREATE TYPE ast_bool_values AS ENUM ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes');

ALTER TABLE ps_endpoints ALTER COLUMN mwi_subscribe_replaces_unsolicited TYPE VARCHAR(5);

ALTER TABLE ps_endpoints ALTER COLUMN mwi_subscribe_replaces_unsolicited TYPE ast_bool_values USING mwi_subscribe_replaces_unsolicited::ast_bool_values;

UPDATE alembic_version_config SET version_num='fe6592859b85' WHERE alembic_version_config.version_num = '1d3ed26d9978';

COMMIT;

-- Running upgrade fe6592859b85 -> 7f85dd44c775, fix suppress_q850_reason_headers

BEGIN;

ALTER TABLE ps_endpoints ALTER COLUMN suppress_q850_reason_header TYPE yesno_values USING suppress_q850_reason_header::text::yesno_values;

ALTER TABLE ps_endpoints RENAME suppress_q850_reason_header TO suppress_q850_reason_headers;

UPDATE alembic_version_config SET version_num='7f85dd44c775' WHERE alembic_version_config.version_num = 'fe6592859b85';

COMMIT;

-- Running upgrade 7f85dd44c775 -> 465f47f880be, add pjsip google voice sip options

BEGIN;

CREATE TYPE pjsip_transport_protocol_values_v2 AS ENUM ('udp', 'tcp', 'tls', 'ws', 'wss', 'flow');

ALTER TABLE ps_transports ALTER COLUMN protocol TYPE pjsip_transport_protocol_values_v2 USING protocol::text::pjsip_transport_protocol_values_v2;

DROP TYPE pjsip_transport_protocol_values;

CREATE TYPE pjsip_auth_type_values_v2 AS ENUM ('md5', 'userpass', 'google_oauth');

ALTER TABLE ps_auths ALTER COLUMN auth_type TYPE pjsip_auth_type_values_v2 USING auth_type::text::pjsip_auth_type_values_v2;

DROP TYPE pjsip_auth_type_values;

ALTER TABLE ps_registrations ADD COLUMN support_outbound ast_bool_values;

ALTER TABLE ps_registrations ADD COLUMN contact_header_params VARCHAR(255);

ALTER TABLE ps_auths ADD COLUMN refresh_token VARCHAR(255);

ALTER TABLE ps_auths ADD COLUMN oauth_clientid VARCHAR(255);

ALTER TABLE ps_auths ADD COLUMN oauth_secret VARCHAR(255);

UPDATE alembic_version_config SET version_num='465f47f880be' WHERE alembic_version_config.version_num = '7f85dd44c775';

COMMIT;

-- Running upgrade 465f47f880be -> 2bb1a85135ad, pjsip add use_callerid_contact

BEGIN;

ALTER TABLE ps_globals ADD COLUMN use_callerid_contact ast_bool_values;

UPDATE alembic_version_config SET version_num='2bb1a85135ad' WHERE alembic_version_config.version_num = '465f47f880be';

COMMIT;

-- Running upgrade 2bb1a85135ad -> 1ac563b350a8, add pjsip trust/send _connected_line

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN trust_connected_line ast_bool_values;

ALTER TABLE ps_endpoints ADD COLUMN send_connected_line ast_bool_values;

UPDATE alembic_version_config SET version_num='1ac563b350a8' WHERE alembic_version_config.version_num = '2bb1a85135ad';

COMMIT;

-- Running upgrade 1ac563b350a8 -> 0838f8db6a61, pjsip add send_contact_status_on_update_registration

BEGIN;

ALTER TABLE ps_globals ADD COLUMN send_contact_status_on_update_registration ast_bool_values;

UPDATE alembic_version_config SET version_num='0838f8db6a61' WHERE alembic_version_config.version_num = '1ac563b350a8';

COMMIT;

-- Running upgrade 0838f8db6a61 -> f3c0b8695b66, taskprocessor_overload_trigger

BEGIN;

CREATE TYPE pjsip_taskprocessor_overload_trigger_values AS ENUM ('none', 'global', 'pjsip_only');

ALTER TABLE ps_globals ADD COLUMN taskprocessor_overload_trigger pjsip_taskprocessor_overload_trigger_values;

UPDATE alembic_version_config SET version_num='f3c0b8695b66' WHERE alembic_version_config.version_num = '0838f8db6a61';

COMMIT;

-- Running upgrade f3c0b8695b66 -> 80473bad3c16, ignore 183 without sdp

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN ignore_183_without_sdp ast_bool_values;

UPDATE alembic_version_config SET version_num='80473bad3c16' WHERE alembic_version_config.version_num = 'f3c0b8695b66';

COMMIT;

-- Running upgrade 80473bad3c16 -> 3a094a18e75b, pjsip add norefersub

BEGIN;

ALTER TABLE ps_globals ADD COLUMN norefersub ast_bool_values;

UPDATE alembic_version_config SET version_num='3a094a18e75b' WHERE alembic_version_config.version_num = '80473bad3c16';

COMMIT;

-- Running upgrade 3a094a18e75b -> fbb7766f17bc, add playlist to moh

BEGIN;

CREATE TABLE musiconhold_entry (
    name VARCHAR(80) NOT NULL, 
    position INTEGER NOT NULL, 
    entry VARCHAR(1024) NOT NULL, 
    PRIMARY KEY (name, position)
);

ALTER TABLE musiconhold_entry ADD CONSTRAINT fk_musiconhold_entry_name_musiconhold FOREIGN KEY(name) REFERENCES musiconhold (name);

ALTER TYPE moh_mode_values RENAME TO moh_mode_values_tmp;

CREATE TYPE moh_mode_values AS ENUM ('custom', 'files', 'mp3nb', 'quietmp3nb', 'quietmp3', 'playlist');

ALTER TABLE musiconhold ALTER COLUMN mode TYPE moh_mode_values USING mode::text::moh_mode_values;

DROP TYPE moh_mode_values_tmp;

UPDATE alembic_version_config SET version_num='fbb7766f17bc' WHERE alembic_version_config.version_num = '3a094a18e75b';

COMMIT;

-- Running upgrade fbb7766f17bc -> 79290b511e4b, pjsip add disable_rport

BEGIN;

ALTER TABLE ps_systems ADD COLUMN disable_rport ast_bool_values;

UPDATE alembic_version_config SET version_num='79290b511e4b' WHERE alembic_version_config.version_num = 'fbb7766f17bc';

COMMIT;

-- Running upgrade 79290b511e4b -> b80485ff4dd0, Add pjsip endpoint ACN options

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN codec_prefs_incoming_offer VARCHAR(128);

ALTER TABLE ps_endpoints ADD COLUMN codec_prefs_outgoing_offer VARCHAR(128);

ALTER TABLE ps_endpoints ADD COLUMN codec_prefs_incoming_answer VARCHAR(128);

ALTER TABLE ps_endpoints ADD COLUMN codec_prefs_outgoing_answer VARCHAR(128);

UPDATE alembic_version_config SET version_num='b80485ff4dd0' WHERE alembic_version_config.version_num = '79290b511e4b';

COMMIT;

-- Running upgrade b80485ff4dd0 -> 61797b9fced6, add stir shaken

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN stir_shaken ast_bool_values;

UPDATE alembic_version_config SET version_num='61797b9fced6' WHERE alembic_version_config.version_num = 'b80485ff4dd0';

COMMIT;

-- Running upgrade 61797b9fced6 -> 1ae0609b6646, increase reg server size

BEGIN;

ALTER TABLE ps_contacts ALTER COLUMN reg_server TYPE VARCHAR(255);

UPDATE alembic_version_config SET version_num='1ae0609b6646' WHERE alembic_version_config.version_num = '61797b9fced6';

COMMIT;

-- Running upgrade 1ae0609b6646 -> e658c26033ca, create history info flag

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN send_history_info ast_bool_values;

UPDATE alembic_version_config SET version_num='e658c26033ca' WHERE alembic_version_config.version_num = '1ae0609b6646';

COMMIT;

-- Running upgrade e658c26033ca -> 8915fcc5766f, Add ringinuse to queue_members

BEGIN;

ALTER TABLE queue_members ADD COLUMN ringinuse ast_bool_values;

UPDATE alembic_version_config SET version_num='8915fcc5766f' WHERE alembic_version_config.version_num = 'e658c26033ca';

COMMIT;

-- Running upgrade 8915fcc5766f -> c20d6e3992f4, add allow_unauthenticated_options

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN allow_unauthenticated_options ast_bool_values;

UPDATE alembic_version_config SET version_num='c20d6e3992f4' WHERE alembic_version_config.version_num = '8915fcc5766f';

COMMIT;

-- Running upgrade c20d6e3992f4 -> f56d79a9f337, pjsip create remove_unavailable

BEGIN;

ALTER TABLE ps_aors ADD COLUMN remove_unavailable ast_bool_values;

UPDATE alembic_version_config SET version_num='f56d79a9f337' WHERE alembic_version_config.version_num = 'c20d6e3992f4';

COMMIT;

-- Running upgrade f56d79a9f337 -> a06d8f8462d9, add t38_bind_udptl_to_media_address

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN t38_bind_udptl_to_media_address ast_bool_values;

UPDATE alembic_version_config SET version_num='a06d8f8462d9' WHERE alembic_version_config.version_num = 'f56d79a9f337';

COMMIT;

-- Running upgrade a06d8f8462d9 -> 8f72185e437f, res_pjsip_pubsub add resource_list option resource_display_name

BEGIN;

ALTER TABLE ps_resource_list ADD COLUMN resource_display_name ast_bool_values;

UPDATE alembic_version_config SET version_num='8f72185e437f' WHERE alembic_version_config.version_num = 'a06d8f8462d9';

COMMIT;

-- Running upgrade 8f72185e437f -> 0bee61aa9425, allow_sending_180_after_183

BEGIN;

ALTER TABLE ps_globals ADD COLUMN allow_sending_180_after_183 ast_bool_values;

UPDATE alembic_version_config SET version_num='0bee61aa9425' WHERE alembic_version_config.version_num = '8f72185e437f';

COMMIT;

-- Running upgrade 0bee61aa9425 -> 18e0805d367f, max_random_initial_delay

BEGIN;

ALTER TABLE ps_registrations ADD COLUMN max_random_initial_delay INTEGER;

UPDATE alembic_version_config SET version_num='18e0805d367f' WHERE alembic_version_config.version_num = '0bee61aa9425';

COMMIT;

-- Running upgrade 18e0805d367f -> 58e440314c2a, allow_wildcard_certs

BEGIN;

ALTER TABLE ps_transports ADD COLUMN allow_wildcard_certs yesno_values;

UPDATE alembic_version_config SET version_num='58e440314c2a' WHERE alembic_version_config.version_num = '18e0805d367f';

COMMIT;

-- Running upgrade 58e440314c2a -> 7197536bb68d, Geoloc Endpoint Params

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN geoloc_incoming_call_profile VARCHAR(80);

ALTER TABLE ps_endpoints ADD COLUMN geoloc_outgoing_call_profile VARCHAR(80);

UPDATE alembic_version_config SET version_num='7197536bb68d' WHERE alembic_version_config.version_num = '58e440314c2a';

COMMIT;

-- Running upgrade 7197536bb68d -> 9f3692b1654b, Add Stir Shaken Profile and Codec Preference to ps endpoint

BEGIN;

CREATE TYPE pjsip_incoming_call_offer_pref_values AS ENUM ('local', 'local_first', 'remote', 'remote_first');

CREATE TYPE pjsip_outgoing_call_offer_pref_values AS ENUM ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first');

ALTER TABLE ps_endpoints ADD COLUMN incoming_call_offer_pref pjsip_incoming_call_offer_pref_values;

ALTER TABLE ps_endpoints ADD COLUMN outgoing_call_offer_pref pjsip_outgoing_call_offer_pref_values;

ALTER TABLE ps_endpoints ADD COLUMN stir_shaken_profile VARCHAR(80);

UPDATE alembic_version_config SET version_num='9f3692b1654b' WHERE alembic_version_config.version_num = '7197536bb68d';

COMMIT;

-- Running upgrade 9f3692b1654b -> 539f68bede2c, Add peer_supported to 100rel

BEGIN;

CREATE TYPE pjsip_100rel_values_v2 AS ENUM ('no', 'required', 'peer_supported', 'yes');

ALTER TABLE ps_endpoints ALTER COLUMN "100rel" TYPE pjsip_100rel_values_v2 USING "100rel"::text::pjsip_100rel_values_v2;

DROP TYPE pjsip_100rel_values;

UPDATE alembic_version_config SET version_num='539f68bede2c' WHERE alembic_version_config.version_num = '9f3692b1654b';

COMMIT;

-- Running upgrade 539f68bede2c -> 417c0247fd7e, add security_negotiation and security_mechanisms to endpoint

BEGIN;

CREATE TYPE security_negotiation_values AS ENUM ('no', 'mediasec');

ALTER TABLE ps_endpoints ADD COLUMN security_negotiation security_negotiation_values;

ALTER TABLE ps_endpoints ADD COLUMN security_mechanisms VARCHAR(512);

ALTER TABLE ps_registrations ADD COLUMN security_negotiation security_negotiation_values;

ALTER TABLE ps_registrations ADD COLUMN security_mechanisms VARCHAR(512);

UPDATE alembic_version_config SET version_num='417c0247fd7e' WHERE alembic_version_config.version_num = '539f68bede2c';

COMMIT;

-- Running upgrade 417c0247fd7e -> ccf795ee535f, all_codecs_on_empty_reinvite

BEGIN;

ALTER TABLE ps_globals ADD COLUMN all_codecs_on_empty_reinvite ast_bool_values;

UPDATE alembic_version_config SET version_num='ccf795ee535f' WHERE alembic_version_config.version_num = '417c0247fd7e';

COMMIT;

-- Running upgrade ccf795ee535f -> 5a2247c957d2, add aoc option

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN send_aoc ast_bool_values;

UPDATE alembic_version_config SET version_num='5a2247c957d2' WHERE alembic_version_config.version_num = 'ccf795ee535f';

COMMIT;

-- Running upgrade 5a2247c957d2 -> f261363a857f, add overlap_context

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN overlap_context VARCHAR(80);

UPDATE alembic_version_config SET version_num='f261363a857f' WHERE alembic_version_config.version_num = '5a2247c957d2';

COMMIT;

-- Running upgrade f261363a857f -> 4042a0ff4d9f, add reason_paused to queue_members

BEGIN;

ALTER TABLE queue_members ADD COLUMN reason_paused VARCHAR(80);

UPDATE alembic_version_config SET version_num='4042a0ff4d9f' WHERE alembic_version_config.version_num = 'f261363a857f';

COMMIT;

-- Running upgrade 4042a0ff4d9f -> f5b0e7427449, Add loop_last to res_musiconhold

BEGIN;

ALTER TABLE musiconhold ADD COLUMN loop_last yesno_values;

UPDATE alembic_version_config SET version_num='f5b0e7427449' WHERE alembic_version_config.version_num = '4042a0ff4d9f';

COMMIT;

-- Running upgrade f5b0e7427449 -> dac2b4c328b8, increase pjsip id length

BEGIN;

ALTER TABLE ps_aors ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_aors ALTER COLUMN outbound_proxy TYPE VARCHAR(255);

ALTER TABLE ps_auths ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_auths ALTER COLUMN realm TYPE VARCHAR(255);

ALTER TABLE ps_contacts ALTER COLUMN outbound_proxy TYPE VARCHAR(255);

ALTER TABLE ps_contacts ALTER COLUMN endpoint TYPE VARCHAR(255);

ALTER TABLE ps_domain_aliases ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_domain_aliases ALTER COLUMN domain TYPE VARCHAR(255);

ALTER TABLE ps_endpoint_id_ips ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_endpoint_id_ips ALTER COLUMN endpoint TYPE VARCHAR(255);

ALTER TABLE ps_endpoints ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_endpoints ALTER COLUMN aors TYPE VARCHAR(2048);

ALTER TABLE ps_endpoints ALTER COLUMN auth TYPE VARCHAR(255);

ALTER TABLE ps_endpoints ALTER COLUMN outbound_auth TYPE VARCHAR(255);

ALTER TABLE ps_endpoints ALTER COLUMN outbound_proxy TYPE VARCHAR(255);

ALTER TABLE ps_inbound_publications ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_inbound_publications ALTER COLUMN endpoint TYPE VARCHAR(255);

ALTER TABLE ps_outbound_publishes ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_outbound_publishes ALTER COLUMN outbound_auth TYPE VARCHAR(255);

ALTER TABLE ps_registrations ALTER COLUMN id TYPE VARCHAR(255);

ALTER TABLE ps_registrations ALTER COLUMN outbound_auth TYPE VARCHAR(255);

ALTER TABLE ps_registrations ALTER COLUMN outbound_proxy TYPE VARCHAR(255);

ALTER TABLE ps_registrations ALTER COLUMN endpoint TYPE VARCHAR(255);

UPDATE alembic_version_config SET version_num='dac2b4c328b8' WHERE alembic_version_config.version_num = 'f5b0e7427449';

COMMIT;

-- Running upgrade dac2b4c328b8 -> 37a5332640e2, update pjsip tls method list

BEGIN;

CREATE TYPE pjsip_transport_method_values_v2 AS ENUM ('default', 'unspecified', 'tlsv1', 'tlsv1_1', 'tlsv1_2', 'tlsv1_3', 'sslv2', 'sslv23', 'sslv3');

ALTER TABLE ps_transports ALTER COLUMN method TYPE pjsip_transport_method_values_v2 USING method::text::pjsip_transport_method_values_v2;

DROP TYPE pjsip_transport_method_values;

UPDATE alembic_version_config SET version_num='37a5332640e2' WHERE alembic_version_config.version_num = 'dac2b4c328b8';

COMMIT;

-- Running upgrade 37a5332640e2 -> 24c12d8e9014, add user-agent-header to ps_registrations

BEGIN;

ALTER TABLE ps_registrations ADD COLUMN user_agent VARCHAR(255);

UPDATE alembic_version_config SET version_num='24c12d8e9014' WHERE alembic_version_config.version_num = '37a5332640e2';

COMMIT;

-- Running upgrade 24c12d8e9014 -> bd335bae5d33, Create STIR/SHAKEN TN table

BEGIN;

CREATE TABLE stir_tn (
    id VARCHAR(80) NOT NULL, 
    private_key_file VARCHAR(1024), 
    public_cert_url VARCHAR(1024), 
    attest_level VARCHAR(1), 
    send_mky ast_bool_values, 
    PRIMARY KEY (id)
);

UPDATE alembic_version_config SET version_num='bd335bae5d33' WHERE alembic_version_config.version_num = '24c12d8e9014';

COMMIT;

-- Running upgrade bd335bae5d33 -> 74dc751dfe8e, more permission boolean columns

BEGIN;

ALTER TABLE ps_aors ALTER COLUMN authenticate_qualify TYPE ast_bool_values USING authenticate_qualify::text::ast_bool_values;

ALTER TABLE ps_aors ALTER COLUMN remove_existing TYPE ast_bool_values USING remove_existing::text::ast_bool_values;

ALTER TABLE ps_aors ALTER COLUMN support_path TYPE ast_bool_values USING support_path::text::ast_bool_values;

ALTER TABLE ps_asterisk_publications ALTER COLUMN device_state TYPE ast_bool_values USING device_state::text::ast_bool_values;

ALTER TABLE ps_asterisk_publications ALTER COLUMN mailbox_state TYPE ast_bool_values USING mailbox_state::text::ast_bool_values;

ALTER TABLE ps_contacts ALTER COLUMN authenticate_qualify TYPE ast_bool_values USING authenticate_qualify::text::ast_bool_values;

ALTER TABLE ps_contacts ALTER COLUMN prune_on_boot TYPE ast_bool_values USING prune_on_boot::text::ast_bool_values;

ALTER TABLE ps_endpoint_id_ips ALTER COLUMN srv_lookups TYPE ast_bool_values USING srv_lookups::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN accept_multiple_sdp_answers TYPE ast_bool_values USING accept_multiple_sdp_answers::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN aggregate_mwi TYPE ast_bool_values USING aggregate_mwi::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN allow_overlap TYPE ast_bool_values USING allow_overlap::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN allow_subscribe TYPE ast_bool_values USING allow_subscribe::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN allow_transfer TYPE ast_bool_values USING allow_transfer::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN asymmetric_rtp_codec TYPE ast_bool_values USING asymmetric_rtp_codec::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN bind_rtp_to_media_address TYPE ast_bool_values USING bind_rtp_to_media_address::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN bundle TYPE ast_bool_values USING bundle::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN direct_media TYPE ast_bool_values USING direct_media::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN disable_direct_media_on_nat TYPE ast_bool_values USING disable_direct_media_on_nat::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN dtls_auto_generate_cert TYPE ast_bool_values USING dtls_auto_generate_cert::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN fax_detect TYPE ast_bool_values USING fax_detect::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN follow_early_media_fork TYPE ast_bool_values USING follow_early_media_fork::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN force_avp TYPE ast_bool_values USING force_avp::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN force_rport TYPE ast_bool_values USING force_rport::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN g726_non_standard TYPE ast_bool_values USING g726_non_standard::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN ice_support TYPE ast_bool_values USING ice_support::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN inband_progress TYPE ast_bool_values USING inband_progress::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN media_encryption_optimistic TYPE ast_bool_values USING media_encryption_optimistic::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN media_use_received_transport TYPE ast_bool_values USING media_use_received_transport::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN moh_passthrough TYPE ast_bool_values USING moh_passthrough::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN notify_early_inuse_ringing TYPE ast_bool_values USING notify_early_inuse_ringing::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN one_touch_recording TYPE ast_bool_values USING one_touch_recording::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN preferred_codec_only TYPE ast_bool_values USING preferred_codec_only::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN refer_blind_progress TYPE ast_bool_values USING refer_blind_progress::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN rewrite_contact TYPE ast_bool_values USING rewrite_contact::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN rpid_immediate TYPE ast_bool_values USING rpid_immediate::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN rtcp_mux TYPE ast_bool_values USING rtcp_mux::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN rtp_ipv6 TYPE ast_bool_values USING rtp_ipv6::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN rtp_symmetric TYPE ast_bool_values USING rtp_symmetric::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN send_diversion TYPE ast_bool_values USING send_diversion::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN send_pai TYPE ast_bool_values USING send_pai::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN send_rpid TYPE ast_bool_values USING send_rpid::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN srtp_tag_32 TYPE ast_bool_values USING srtp_tag_32::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN suppress_q850_reason_headers TYPE ast_bool_values USING suppress_q850_reason_headers::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN t38_udptl TYPE ast_bool_values USING t38_udptl::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN t38_udptl_ipv6 TYPE ast_bool_values USING t38_udptl_ipv6::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN t38_udptl_nat TYPE ast_bool_values USING t38_udptl_nat::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN trust_id_inbound TYPE ast_bool_values USING trust_id_inbound::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN trust_id_outbound TYPE ast_bool_values USING trust_id_outbound::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN use_avpf TYPE ast_bool_values USING use_avpf::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN use_ptime TYPE ast_bool_values USING use_ptime::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN user_eq_phone TYPE ast_bool_values USING user_eq_phone::text::ast_bool_values;

ALTER TABLE ps_endpoints ALTER COLUMN webrtc TYPE ast_bool_values USING webrtc::text::ast_bool_values;

ALTER TABLE ps_globals ALTER COLUMN disable_multi_domain TYPE ast_bool_values USING disable_multi_domain::text::ast_bool_values;

ALTER TABLE ps_globals ALTER COLUMN ignore_uri_user_options TYPE ast_bool_values USING ignore_uri_user_options::text::ast_bool_values;

ALTER TABLE ps_globals ALTER COLUMN mwi_disable_initial_unsolicited TYPE ast_bool_values USING mwi_disable_initial_unsolicited::text::ast_bool_values;

ALTER TABLE ps_outbound_publishes ALTER COLUMN multi_user TYPE ast_bool_values USING multi_user::text::ast_bool_values;

ALTER TABLE ps_registrations ALTER COLUMN auth_rejection_permanent TYPE ast_bool_values USING auth_rejection_permanent::text::ast_bool_values;

ALTER TABLE ps_registrations ALTER COLUMN line TYPE ast_bool_values USING line::text::ast_bool_values;

ALTER TABLE ps_registrations ALTER COLUMN support_path TYPE ast_bool_values USING support_path::text::ast_bool_values;

ALTER TABLE ps_resource_list ALTER COLUMN full_state TYPE ast_bool_values USING full_state::text::ast_bool_values;

ALTER TABLE ps_subscription_persistence ALTER COLUMN prune_on_boot TYPE ast_bool_values USING prune_on_boot::text::ast_bool_values;

ALTER TABLE ps_systems ALTER COLUMN accept_multiple_sdp_answers TYPE ast_bool_values USING accept_multiple_sdp_answers::text::ast_bool_values;

ALTER TABLE ps_systems ALTER COLUMN compact_headers TYPE ast_bool_values USING compact_headers::text::ast_bool_values;

ALTER TABLE ps_systems ALTER COLUMN disable_tcp_switch TYPE ast_bool_values USING disable_tcp_switch::text::ast_bool_values;

ALTER TABLE ps_systems ALTER COLUMN follow_early_media_fork TYPE ast_bool_values USING follow_early_media_fork::text::ast_bool_values;

ALTER TABLE ps_transports ALTER COLUMN allow_reload TYPE ast_bool_values USING allow_reload::text::ast_bool_values;

ALTER TABLE ps_transports ALTER COLUMN allow_wildcard_certs TYPE ast_bool_values USING allow_wildcard_certs::text::ast_bool_values;

ALTER TABLE ps_transports ALTER COLUMN require_client_cert TYPE ast_bool_values USING require_client_cert::text::ast_bool_values;

ALTER TABLE ps_transports ALTER COLUMN symmetric_transport TYPE ast_bool_values USING symmetric_transport::text::ast_bool_values;

ALTER TABLE ps_transports ALTER COLUMN verify_client TYPE ast_bool_values USING verify_client::text::ast_bool_values;

ALTER TABLE ps_transports ALTER COLUMN verify_server TYPE ast_bool_values USING verify_server::text::ast_bool_values;

UPDATE alembic_version_config SET version_num='74dc751dfe8e' WHERE alembic_version_config.version_num = 'bd335bae5d33';

COMMIT;

-- Running upgrade 74dc751dfe8e -> 8fce8496f03e, Add TCP keepalive settings to ps_transports

BEGIN;

ALTER TABLE ps_transports ADD COLUMN tcp_keepalive_enable BOOLEAN;

ALTER TABLE ps_transports ADD COLUMN tcp_keepalive_idle_time INTEGER;

ALTER TABLE ps_transports ADD COLUMN tcp_keepalive_interval_time INTEGER;

ALTER TABLE ps_transports ADD COLUMN tcp_keepalive_probe_count INTEGER;

UPDATE alembic_version_config SET version_num='8fce8496f03e' WHERE alembic_version_config.version_num = '74dc751dfe8e';

COMMIT;

-- Running upgrade 8fce8496f03e -> cf150a175fd3, add match_request_uri attribute to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips ADD COLUMN match_request_uri VARCHAR(255);

UPDATE alembic_version_config SET version_num='cf150a175fd3' WHERE alembic_version_config.version_num = '8fce8496f03e';

COMMIT;

-- Running upgrade cf150a175fd3 -> d5122576cca8, add transport attribute to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips ADD COLUMN transport VARCHAR(128);

UPDATE alembic_version_config SET version_num='d5122576cca8' WHERE alembic_version_config.version_num = 'cf150a175fd3';

COMMIT;

-- Running upgrade d5122576cca8 -> 6c475a93f48a, correct nullability of pjsip id columns

BEGIN;

UPDATE alembic_version_config SET version_num='6c475a93f48a' WHERE alembic_version_config.version_num = 'd5122576cca8';

COMMIT;

-- Running upgrade 6c475a93f48a -> bd9c5159c7ea, Revert d5122576cca8 add transport attribute to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips DROP COLUMN transport;

UPDATE alembic_version_config SET version_num='bd9c5159c7ea' WHERE alembic_version_config.version_num = '6c475a93f48a';

COMMIT;

-- Running upgrade bd9c5159c7ea -> 2b7c507d7d12, add queue_log option log-restricted-caller-id

BEGIN;

ALTER TABLE queues ADD COLUMN log_restricted_caller_id ast_bool_values;

UPDATE alembic_version_config SET version_num='2b7c507d7d12' WHERE alembic_version_config.version_num = 'bd9c5159c7ea';

COMMIT;

-- Running upgrade 2b7c507d7d12 -> 655054a68ad5, add pjsip tenantid

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN tenantid VARCHAR(80);

UPDATE alembic_version_config SET version_num='655054a68ad5' WHERE alembic_version_config.version_num = '2b7c507d7d12';

COMMIT;

-- Running upgrade 655054a68ad5 -> 801b9fced8b7, add generator_data to ps_subscription_persistence

BEGIN;

ALTER TABLE ps_subscription_persistence ADD COLUMN generator_data TEXT;

UPDATE alembic_version_config SET version_num='801b9fced8b7' WHERE alembic_version_config.version_num = '655054a68ad5';

COMMIT;

-- Running upgrade 801b9fced8b7 -> 4f91fc18c979, Add suppress_moh_on_sendonly

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN suppress_moh_on_sendonly ast_bool_values;

UPDATE alembic_version_config SET version_num='4f91fc18c979' WHERE alembic_version_config.version_num = '801b9fced8b7';

COMMIT;

-- Running upgrade 4f91fc18c979 -> 44bd6dd914fa, add qualify 2xx only option

BEGIN;

ALTER TABLE ps_aors ADD COLUMN qualify_2xx_only ast_bool_values;

ALTER TABLE ps_contacts ADD COLUMN qualify_2xx_only ast_bool_values;

UPDATE alembic_version_config SET version_num='44bd6dd914fa' WHERE alembic_version_config.version_num = '4f91fc18c979';

COMMIT;

-- Running upgrade 44bd6dd914fa -> abdc9ede147d, Add fields to ps_auths to support new algorithms

BEGIN;

ALTER TABLE ps_auths ADD COLUMN password_digest VARCHAR(1024);

ALTER TABLE ps_auths ADD COLUMN supported_algorithms_uas VARCHAR(1024);

ALTER TABLE ps_auths ADD COLUMN supported_algorithms_uac VARCHAR(1024);

ALTER TABLE ps_globals ADD COLUMN default_auth_algorithms_uas VARCHAR(1024);

ALTER TABLE ps_globals ADD COLUMN default_auth_algorithms_uac VARCHAR(1024);

UPDATE alembic_version_config SET version_num='abdc9ede147d' WHERE alembic_version_config.version_num = '44bd6dd914fa';

COMMIT;

-- Running upgrade abdc9ede147d -> dc7c357dc178, add taskpool options to system

BEGIN;

ALTER TABLE ps_systems ADD COLUMN taskpool_minimum_size INTEGER;

ALTER TABLE ps_systems ADD COLUMN taskpool_initial_size INTEGER;

ALTER TABLE ps_systems ADD COLUMN taskpool_auto_increment INTEGER;

ALTER TABLE ps_systems ADD COLUMN taskpool_idle_timeout INTEGER;

ALTER TABLE ps_systems ADD COLUMN taskpool_max_size INTEGER;

UPDATE alembic_version_config SET version_num='dc7c357dc178' WHERE alembic_version_config.version_num = 'abdc9ede147d';

COMMIT;

-- Running upgrade dc7c357dc178 -> bb6d54e22913, add follow_redirect_methods to ps_endpoints

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN follow_redirect_methods VARCHAR(95);

UPDATE alembic_version_config SET version_num='bb6d54e22913' WHERE alembic_version_config.version_num = 'dc7c357dc178';

COMMIT;

-- Running upgrade bb6d54e22913 -> e89e30cee53f, add rtp_port_start and rtp_port_end to ps_endpoints

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN rtp_port_start INTEGER;

ALTER TABLE ps_endpoints ADD COLUMN rtp_port_end INTEGER;

UPDATE alembic_version_config SET version_num='e89e30cee53f' WHERE alembic_version_config.version_num = 'bb6d54e22913';

COMMIT;

-- Running upgrade e89e30cee53f -> 2285f2ace275, Add external_signaling_hostname to ps_transports

BEGIN;

ALTER TABLE ps_transports ADD COLUMN external_signaling_hostname VARCHAR(40);

UPDATE alembic_version_config SET version_num='2285f2ace275' WHERE alembic_version_config.version_num = 'e89e30cee53f';

COMMIT;

-- Running downgrade 2285f2ace275 -> e89e30cee53f, Add external_signaling_hostname to ps_transports

-- WARNING: this drops column ps_transports.external_signaling_hostname with its values

BEGIN;

ALTER TABLE ps_transports DROP COLUMN external_signaling_hostname;

UPDATE alembic_version_config SET version_num='e89e30cee53f' WHERE alembic_version_config.version_num = '2285f2ace275';

COMMIT;

-- Running downgrade e89e30cee53f -> bb6d54e22913, add rtp_port_start and rtp_port_end to ps_endpoints

-- WARNING: this drops column ps_endpoints.rtp_port_end with its values

-- WARNING: this drops column ps_endpoints.rtp_port_start with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN rtp_port_end;

ALTER TABLE ps_endpoints DROP COLUMN rtp_port_start;

UPDATE alembic_version_config SET version_num='bb6d54e22913' WHERE alembic_version_config.version_num = 'e89e30cee53f';

COMMIT;

-- Running downgrade bb6d54e22913 -> dc7c357dc178, add follow_redirect_methods to ps_endpoints

-- WARNING: this drops column ps_endpoints.follow_redirect_methods with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN follow_redirect_methods;

UPDATE alembic_version_config SET version_num='dc7c357dc178' WHERE alembic_version_config.version_num = 'bb6d54e22913';

COMMIT;

-- Running downgrade dc7c357dc178 -> abdc9ede147d, add taskpool options to system

-- WARNING: this drops column ps_systems.taskpool_minimum_size with its values

-- WARNING: this drops column ps_systems.taskpool_initial_size with its values

-- WARNING: this drops column ps_systems.taskpool_auto_increment with its values

-- WARNING: this drops column ps_systems.taskpool_idle_timeout with its values

-- WARNING: this drops column ps_systems.taskpool_max_size with its values

BEGIN;

ALTER TABLE ps_systems DROP COLUMN taskpool_minimum_size;

ALTER TABLE ps_systems DROP COLUMN taskpool_initial_size;

ALTER TABLE ps_systems DROP COLUMN taskpool_auto_increment;

ALTER TABLE ps_systems DROP COLUMN taskpool_idle_timeout;

ALTER TABLE ps_systems DROP COLUMN taskpool_max_size;

UPDATE alembic_version_config SET version_num='abdc9ede147d' WHERE alembic_version_config.version_num = 'dc7c357dc178';

COMMIT;

-- Running downgrade abdc9ede147d -> 44bd6dd914fa, Add fields to ps_auths to support new algorithms

-- WARNING: this drops column ps_auths.password_digest with its values

-- WARNING: this drops column ps_auths.supported_algorithms_uas with its values

-- WARNING: this drops column ps_auths.supported_algorithms_uac with its values

-- WARNING: this drops column ps_globals.default_auth_algorithms_uas with its values

-- WARNING: this drops column ps_globals.default_auth_algorithms_uac with its values

BEGIN;

ALTER TABLE ps_auths DROP COLUMN password_digest;

ALTER TABLE ps_auths DROP COLUMN supported_algorithms_uas;

ALTER TABLE ps_auths DROP COLUMN supported_algorithms_uac;

ALTER TABLE ps_globals DROP COLUMN default_auth_algorithms_uas;

ALTER TABLE ps_globals DROP COLUMN default_auth_algorithms_uac;

UPDATE alembic_version_config SET version_num='44bd6dd914fa' WHERE alembic_version_config.version_num = 'abdc9ede147d';

COMMIT;

-- Running downgrade 44bd6dd914fa -> 4f91fc18c979, add qualify 2xx only option

-- WARNING: this drops column ps_aors.qualify_2xx_only with its values

-- WARNING: this drops column ps_contacts.qualify_2xx_only with its values

BEGIN;

ALTER TABLE ps_aors DROP COLUMN qualify_2xx_only;

ALTER TABLE ps_contacts DROP COLUMN qualify_2xx_only;

UPDATE alembic_version_config SET version_num='4f91fc18c979' WHERE alembic_version_config.version_num = '44bd6dd914fa';

COMMIT;

-- Running downgrade 4f91fc18c979 -> 801b9fced8b7, Add suppress_moh_on_sendonly

-- WARNING: this drops column ps_endpoints.suppress_moh_on_sendonly with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN suppress_moh_on_sendonly;

UPDATE alembic_version_config SET version_num='801b9fced8b7' WHERE alembic_version_config.version_num = '4f91fc18c979';

COMMIT;

-- Running downgrade 801b9fced8b7 -> 655054a68ad5, add generator_data to ps_subscription_persistence

-- WARNING: this drops column ps_subscription_persistence.generator_data with its values

BEGIN;

ALTER TABLE ps_subscription_persistence DROP COLUMN generator_data;

UPDATE alembic_version_config SET version_num='655054a68ad5' WHERE alembic_version_config.version_num = '801b9fced8b7';

COMMIT;

-- Running downgrade 655054a68ad5 -> 2b7c507d7d12, add pjsip tenantid

-- WARNING: this drops column ps_endpoints.tenantid with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN tenantid;

UPDATE alembic_version_config SET version_num='2b7c507d7d12' WHERE alembic_version_config.version_num = '655054a68ad5';

COMMIT;

-- Running downgrade 2b7c507d7d12 -> bd9c5159c7ea, add queue_log option log-restricted-caller-id

-- WARNING: this drops column queues.log_restricted_caller_id with its values

BEGIN;

ALTER TABLE queues DROP COLUMN log_restricted_caller_id;

UPDATE alembic_version_config SET version_num='bd9c5159c7ea' WHERE alembic_version_config.version_num = '2b7c507d7d12';

COMMIT;

-- Running downgrade bd9c5159c7ea -> 6c475a93f48a, Revert d5122576cca8 add transport attribute to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips ADD COLUMN transport VARCHAR(128);

UPDATE alembic_version_config SET version_num='6c475a93f48a' WHERE alembic_version_config.version_num = 'bd9c5159c7ea';

COMMIT;

-- Running downgrade 6c475a93f48a -> d5122576cca8, correct nullability of pjsip id columns

BEGIN;

ALTER TABLE ps_registrations ALTER COLUMN id DROP NOT NULL;

ALTER TABLE ps_outbound_publishes ALTER COLUMN id DROP NOT NULL;

ALTER TABLE ps_inbound_publications ALTER COLUMN id DROP NOT NULL;

ALTER TABLE ps_endpoints ALTER COLUMN id DROP NOT NULL;

ALTER TABLE ps_endpoint_id_ips ALTER COLUMN id DROP NOT NULL;

ALTER TABLE ps_domain_aliases ALTER COLUMN id DROP NOT NULL;

ALTER TABLE ps_auths ALTER COLUMN id DROP NOT NULL;

ALTER TABLE ps_aors ALTER COLUMN id DROP NOT NULL;

UPDATE alembic_version_config SET version_num='d5122576cca8' WHERE alembic_version_config.version_num = '6c475a93f48a';

COMMIT;

-- Running downgrade d5122576cca8 -> cf150a175fd3, add transport attribute to identify

-- WARNING: this drops column ps_endpoint_id_ips.transport with its values

BEGIN;

ALTER TABLE ps_endpoint_id_ips DROP COLUMN transport;

UPDATE alembic_version_config SET version_num='cf150a175fd3' WHERE alembic_version_config.version_num = 'd5122576cca8';

COMMIT;

-- Running downgrade cf150a175fd3 -> 8fce8496f03e, add match_request_uri attribute to identify

-- WARNING: this drops column ps_endpoint_id_ips.match_request_uri with its values

BEGIN;

ALTER TABLE ps_endpoint_id_ips DROP COLUMN match_request_uri;

UPDATE alembic_version_config SET version_num='8fce8496f03e' WHERE alembic_version_config.version_num = 'cf150a175fd3';

COMMIT;

-- Running downgrade 8fce8496f03e -> 74dc751dfe8e, Add TCP keepalive settings to ps_transports

-- WARNING: this drops column ps_transports.tcp_keepalive_enable with its values

-- WARNING: this drops column ps_transports.tcp_keepalive_idle_time with its values

-- WARNING: this drops column ps_transports.tcp_keepalive_interval_time with its values

-- WARNING: this drops column ps_transports.tcp_keepalive_probe_count with its values

BEGIN;

ALTER TABLE ps_transports DROP COLUMN tcp_keepalive_enable;

ALTER TABLE ps_transports DROP COLUMN tcp_keepalive_idle_time;

ALTER TABLE ps_transports DROP COLUMN tcp_keepalive_interval_time;

ALTER TABLE ps_transports DROP COLUMN tcp_keepalive_probe_count;

UPDATE alembic_version_config SET version_num='74dc751dfe8e' WHERE alembic_version_config.version_num = '8fce8496f03e';

COMMIT;

-- Running downgrade 74dc751dfe8e -> bd335bae5d33, more permission boolean columns

-- WARNING: this limits ps_aors.authenticate_qualify to the values yes, no

-- WARNING: this limits ps_aors.remove_existing to the values yes, no

-- WARNING: this limits ps_aors.support_path to the values yes, no

-- WARNING: this limits ps_asterisk_publications.device_state to the values yes, no

-- WARNING: this limits ps_asterisk_publications.mailbox_state to the values yes, no

-- WARNING: this limits ps_contacts.authenticate_qualify to the values yes, no

-- WARNING: this limits ps_contacts.prune_on_boot to the values yes, no

-- WARNING: this limits ps_endpoint_id_ips.srv_lookups to the values yes, no

-- WARNING: this limits ps_endpoints.accept_multiple_sdp_answers to the values yes, no

-- WARNING: this limits ps_endpoints.aggregate_mwi to the values yes, no

-- WARNING: this limits ps_endpoints.allow_overlap to the values yes, no

-- WARNING: this limits ps_endpoints.allow_subscribe to the values yes, no

-- WARNING: this limits ps_endpoints.allow_transfer to the values yes, no

-- WARNING: this limits ps_endpoints.asymmetric_rtp_codec to the values yes, no

-- WARNING: this limits ps_endpoints.bind_rtp_to_media_address to the values yes, no

-- WARNING: this limits ps_endpoints.bundle to the values yes, no

-- WARNING: this limits ps_endpoints.direct_media to the values yes, no

-- WARNING: this limits ps_endpoints.disable_direct_media_on_nat to the values yes, no

-- WARNING: this limits ps_endpoints.dtls_auto_generate_cert to the values yes, no

-- WARNING: this limits ps_endpoints.fax_detect to the values yes, no

-- WARNING: this limits ps_endpoints.follow_early_media_fork to the values yes, no

-- WARNING: this limits ps_endpoints.force_avp to the values yes, no

-- WARNING: this limits ps_endpoints.force_rport to the values yes, no

-- WARNING: this limits ps_endpoints.g726_non_standard to the values yes, no

-- WARNING: this limits ps_endpoints.ice_support to the values yes, no

-- WARNING: this limits ps_endpoints.inband_progress to the values yes, no

-- WARNING: this limits ps_endpoints.media_encryption_optimistic to the values yes, no

-- WARNING: this limits ps_endpoints.media_use_received_transport to the values yes, no

-- WARNING: this limits ps_endpoints.moh_passthrough to the values yes, no

-- WARNING: this limits ps_endpoints.notify_early_inuse_ringing to the values yes, no

-- WARNING: this limits ps_endpoints.one_touch_recording to the values yes, no

-- WARNING: this limits ps_endpoints.preferred_codec_only to the values yes, no

-- WARNING: this limits ps_endpoints.refer_blind_progress to the values yes, no

-- WARNING: this limits ps_endpoints.rewrite_contact to the values yes, no

-- WARNING: this limits ps_endpoints.rpid_immediate to the values yes, no

-- WARNING: this limits ps_endpoints.rtcp_mux to the values yes, no

-- WARNING: this limits ps_endpoints.rtp_ipv6 to the values yes, no

-- WARNING: this limits ps_endpoints.rtp_symmetric to the values yes, no

-- WARNING: this limits ps_endpoints.send_diversion to the values yes, no

-- WARNING: this limits ps_endpoints.send_pai to the values yes, no

-- WARNING: this limits ps_endpoints.send_rpid to the values yes, no

-- WARNING: this limits ps_endpoints.srtp_tag_32 to the values yes, no

-- WARNING: this limits ps_endpoints.suppress_q850_reason_headers to the values yes, no

-- WARNING: this limits ps_endpoints.t38_udptl to the values yes, no

-- WARNING: this limits ps_endpoints.t38_udptl_ipv6 to the values yes, no

-- WARNING: this limits ps_endpoints.t38_udptl_nat to the values yes, no

-- WARNING: this limits ps_endpoints.trust_id_inbound to the values yes, no

-- WARNING: this limits ps_endpoints.trust_id_outbound to the values yes, no

-- WARNING: this limits ps_endpoints.use_avpf to the values yes, no

-- WARNING: this limits ps_endpoints.use_ptime to the values yes, no

-- WARNING: this limits ps_endpoints.user_eq_phone to the values yes, no

-- WARNING: this limits ps_endpoints.webrtc to the values yes, no

-- WARNING: this limits ps_globals.disable_multi_domain to the values yes, no

-- WARNING: this limits ps_globals.ignore_uri_user_options to the values yes, no

-- WARNING: this limits ps_globals.mwi_disable_initial_unsolicited to the values yes, no

-- WARNING: this limits ps_outbound_publishes.multi_user to the values yes, no

-- WARNING: this limits ps_registrations.auth_rejection_permanent to the values yes, no

-- WARNING: this limits ps_registrations.line to the values yes, no

-- WARNING: this limits ps_registrations.support_path to the values yes, no

-- WARNING: this limits ps_resource_list.full_state to the values yes, no

-- WARNING: this limits ps_subscription_persistence.prune_on_boot to the values yes, no

-- WARNING: this limits ps_systems.accept_multiple_sdp_answers to the values yes, no

-- WARNING: this limits ps_systems.compact_headers to the values yes, no

-- WARNING: this limits ps_systems.disable_tcp_switch to the values yes, no

-- WARNING: this limits ps_systems.follow_early_media_fork to the values yes, no

-- WARNING: this limits ps_transports.allow_reload to the values yes, no

-- WARNING: this limits ps_transports.allow_wildcard_certs to the values yes, no

-- WARNING: this limits ps_transports.require_client_cert to the values yes, no

-- WARNING: this limits ps_transports.symmetric_transport to the values yes, no

-- WARNING: this limits ps_transports.verify_client to the values yes, no

-- WARNING: this limits ps_transports.verify_server to the values yes, no

BEGIN;

UPDATE ps_aors SET authenticate_qualify = 'yes' WHERE authenticate_qualify IN ('1', 'on', 'true');

UPDATE ps_aors SET authenticate_qualify = 'no' WHERE authenticate_qualify IN ('0', 'off', 'false');

UPDATE ps_aors SET remove_existing = 'yes' WHERE remove_existing IN ('1', 'on', 'true');

UPDATE ps_aors SET remove_existing = 'no' WHERE remove_existing IN ('0', 'off', 'false');

UPDATE ps_aors SET support_path = 'yes' WHERE support_path IN ('1', 'on', 'true');

UPDATE ps_aors SET support_path = 'no' WHERE support_path IN ('0', 'off', 'false');

UPDATE ps_asterisk_publications SET device_state = 'yes' WHERE device_state IN ('1', 'on', 'true');

UPDATE ps_asterisk_publications SET device_state = 'no' WHERE device_state IN ('0', 'off', 'false');

UPDATE ps_asterisk_publications SET mailbox_state = 'yes' WHERE mailbox_state IN ('1', 'on', 'true');

UPDATE ps_asterisk_publications SET mailbox_state = 'no' WHERE mailbox_state IN ('0', 'off', 'false');

UPDATE ps_contacts SET authenticate_qualify = 'yes' WHERE authenticate_qualify IN ('1', 'on', 'true');

UPDATE ps_contacts SET authenticate_qualify = 'no' WHERE authenticate_qualify IN ('0', 'off', 'false');

UPDATE ps_contacts SET prune_on_boot = 'yes' WHERE prune_on_boot IN ('1', 'on', 'true');

UPDATE ps_contacts SET prune_on_boot = 'no' WHERE prune_on_boot IN ('0', 'off', 'false');

UPDATE ps_endpoint_id_ips SET srv_lookups = 'yes' WHERE srv_lookups IN ('1', 'on', 'true');

UPDATE ps_endpoint_id_ips SET srv_lookups = 'no' WHERE srv_lookups IN ('0', 'off', 'false');

UPDATE ps_endpoints SET accept_multiple_sdp_answers = 'yes' WHERE accept_multiple_sdp_answers IN ('1', 'on', 'true');

UPDATE ps_endpoints SET accept_multiple_sdp_answers = 'no' WHERE accept_multiple_sdp_answers IN ('0', 'off', 'false');

UPDATE ps_endpoints SET aggregate_mwi = 'yes' WHERE aggregate_mwi IN ('1', 'on', 'true');

UPDATE ps_endpoints SET aggregate_mwi = 'no' WHERE aggregate_mwi IN ('0', 'off', 'false');

UPDATE ps_endpoints SET allow_overlap = 'yes' WHERE allow_overlap IN ('1', 'on', 'true');

UPDATE ps_endpoints SET allow_overlap = 'no' WHERE allow_overlap IN ('0', 'off', 'false');

UPDATE ps_endpoints SET allow_subscribe = 'yes' WHERE allow_subscribe IN ('1', 'on', 'true');

UPDATE ps_endpoints SET allow_subscribe = 'no' WHERE allow_subscribe IN ('0', 'off', 'false');

UPDATE ps_endpoints SET allow_transfer = 'yes' WHERE allow_transfer IN ('1', 'on', 'true');

UPDATE ps_endpoints SET allow_transfer = 'no' WHERE allow_transfer IN ('0', 'off', 'false');

UPDATE ps_endpoints SET asymmetric_rtp_codec = 'yes' WHERE asymmetric_rtp_codec IN ('1', 'on', 'true');

UPDATE ps_endpoints SET asymmetric_rtp_codec = 'no' WHERE asymmetric_rtp_codec IN ('0', 'off', 'false');

UPDATE ps_endpoints SET bind_rtp_to_media_address = 'yes' WHERE bind_rtp_to_media_address IN ('1', 'on', 'true');

UPDATE ps_endpoints SET bind_rtp_to_media_address = 'no' WHERE bind_rtp_to_media_address IN ('0', 'off', 'false');

UPDATE ps_endpoints SET bundle = 'yes' WHERE bundle IN ('1', 'on', 'true');

UPDATE ps_endpoints SET bundle = 'no' WHERE bundle IN ('0', 'off', 'false');

UPDATE ps_endpoints SET direct_media = 'yes' WHERE direct_media IN ('1', 'on', 'true');

UPDATE ps_endpoints SET direct_media = 'no' WHERE direct_media IN ('0', 'off', 'false');

UPDATE ps_endpoints SET disable_direct_media_on_nat = 'yes' WHERE disable_direct_media_on_nat IN ('1', 'on', 'true');

UPDATE ps_endpoints SET disable_direct_media_on_nat = 'no' WHERE disable_direct_media_on_nat IN ('0', 'off', 'false');

UPDATE ps_endpoints SET dtls_auto_generate_cert = 'yes' WHERE dtls_auto_generate_cert IN ('1', 'on', 'true');

UPDATE ps_endpoints SET dtls_auto_generate_cert = 'no' WHERE dtls_auto_generate_cert IN ('0', 'off', 'false');

UPDATE ps_endpoints SET fax_detect = 'yes' WHERE fax_detect IN ('1', 'on', 'true');

UPDATE ps_endpoints SET fax_detect = 'no' WHERE fax_detect IN ('0', 'off', 'false');

UPDATE ps_endpoints SET follow_early_media_fork = 'yes' WHERE follow_early_media_fork IN ('1', 'on', 'true');

UPDATE ps_endpoints SET follow_early_media_fork = 'no' WHERE follow_early_media_fork IN ('0', 'off', 'false');

UPDATE ps_endpoints SET force_avp = 'yes' WHERE force_avp IN ('1', 'on', 'true');

UPDATE ps_endpoints SET force_avp = 'no' WHERE force_avp IN ('0', 'off', 'false');

UPDATE ps_endpoints SET force_rport = 'yes' WHERE force_rport IN ('1', 'on', 'true');

UPDATE ps_endpoints SET force_rport = 'no' WHERE force_rport IN ('0', 'off', 'false');

UPDATE ps_endpoints SET g726_non_standard = 'yes' WHERE g726_non_standard IN ('1', 'on', 'true');

UPDATE ps_endpoints SET g726_non_standard = 'no' WHERE g726_non_standard IN ('0', 'off', 'false');

UPDATE ps_endpoints SET ice_support = 'yes' WHERE ice_support IN ('1', 'on', 'true');

UPDATE ps_endpoints SET ice_support = 'no' WHERE ice_support IN ('0', 'off', 'false');

UPDATE ps_endpoints SET inband_progress = 'yes' WHERE inband_progress IN ('1', 'on', 'true');

UPDATE ps_endpoints SET inband_progress = 'no' WHERE inband_progress IN ('0', 'off', 'false');

UPDATE ps_endpoints SET media_encryption_optimistic = 'yes' WHERE media_encryption_optimistic IN ('1', 'on', 'true');

UPDATE ps_endpoints SET media_encryption_optimistic = 'no' WHERE media_encryption_optimistic IN ('0', 'off', 'false');

UPDATE ps_endpoints SET media_use_received_transport = 'yes' WHERE media_use_received_transport IN ('1', 'on', 'true');

UPDATE ps_endpoints SET media_use_received_transport = 'no' WHERE media_use_received_transport IN ('0', 'off', 'false');

UPDATE ps_endpoints SET moh_passthrough = 'yes' WHERE moh_passthrough IN ('1', 'on', 'true');

UPDATE ps_endpoints SET moh_passthrough = 'no' WHERE moh_passthrough IN ('0', 'off', 'false');

UPDATE ps_endpoints SET notify_early_inuse_ringing = 'yes' WHERE notify_early_inuse_ringing IN ('1', 'on', 'true');

UPDATE ps_endpoints SET notify_early_inuse_ringing = 'no' WHERE notify_early_inuse_ringing IN ('0', 'off', 'false');

UPDATE ps_endpoints SET one_touch_recording = 'yes' WHERE one_touch_recording IN ('1', 'on', 'true');

UPDATE ps_endpoints SET one_touch_recording = 'no' WHERE one_touch_recording IN ('0', 'off', 'false');

UPDATE ps_endpoints SET preferred_codec_only = 'yes' WHERE preferred_codec_only IN ('1', 'on', 'true');

UPDATE ps_endpoints SET preferred_codec_only = 'no' WHERE preferred_codec_only IN ('0', 'off', 'false');

UPDATE ps_endpoints SET refer_blind_progress = 'yes' WHERE refer_blind_progress IN ('1', 'on', 'true');

UPDATE ps_endpoints SET refer_blind_progress = 'no' WHERE refer_blind_progress IN ('0', 'off', 'false');

UPDATE ps_endpoints SET rewrite_contact = 'yes' WHERE rewrite_contact IN ('1', 'on', 'true');

UPDATE ps_endpoints SET rewrite_contact = 'no' WHERE rewrite_contact IN ('0', 'off', 'false');

UPDATE ps_endpoints SET rpid_immediate = 'yes' WHERE rpid_immediate IN ('1', 'on', 'true');

UPDATE ps_endpoints SET rpid_immediate = 'no' WHERE rpid_immediate IN ('0', 'off', 'false');

UPDATE ps_endpoints SET rtcp_mux = 'yes' WHERE rtcp_mux IN ('1', 'on', 'true');

UPDATE ps_endpoints SET rtcp_mux = 'no' WHERE rtcp_mux IN ('0', 'off', 'false');

UPDATE ps_endpoints SET rtp_ipv6 = 'yes' WHERE rtp_ipv6 IN ('1', 'on', 'true');

UPDATE ps_endpoints SET rtp_ipv6 = 'no' WHERE rtp_ipv6 IN ('0', 'off', 'false');

UPDATE ps_endpoints SET rtp_symmetric = 'yes' WHERE rtp_symmetric IN ('1', 'on', 'true');

UPDATE ps_endpoints SET rtp_symmetric = 'no' WHERE rtp_symmetric IN ('0', 'off', 'false');

UPDATE ps_endpoints SET send_diversion = 'yes' WHERE send_diversion IN ('1', 'on', 'true');

UPDATE ps_endpoints SET send_diversion = 'no' WHERE send_diversion IN ('0', 'off', 'false');

UPDATE ps_endpoints SET send_pai = 'yes' WHERE send_pai IN ('1', 'on', 'true');

UPDATE ps_endpoints SET send_pai = 'no' WHERE send_pai IN ('0', 'off', 'false');

UPDATE ps_endpoints SET send_rpid = 'yes' WHERE send_rpid IN ('1', 'on', 'true');

UPDATE ps_endpoints SET send_rpid = 'no' WHERE send_rpid IN ('0', 'off', 'false');

UPDATE ps_endpoints SET srtp_tag_32 = 'yes' WHERE srtp_tag_32 IN ('1', 'on', 'true');

UPDATE ps_endpoints SET srtp_tag_32 = 'no' WHERE srtp_tag_32 IN ('0', 'off', 'false');

UPDATE ps_endpoints SET suppress_q850_reason_headers = 'yes' WHERE suppress_q850_reason_headers IN ('1', 'on', 'true');

UPDATE ps_endpoints SET suppress_q850_reason_headers = 'no' WHERE suppress_q850_reason_headers IN ('0', 'off', 'false');

UPDATE ps_endpoints SET t38_udptl = 'yes' WHERE t38_udptl IN ('1', 'on', 'true');

UPDATE ps_endpoints SET t38_udptl = 'no' WHERE t38_udptl IN ('0', 'off', 'false');

UPDATE ps_endpoints SET t38_udptl_ipv6 = 'yes' WHERE t38_udptl_ipv6 IN ('1', 'on', 'true');

UPDATE ps_endpoints SET t38_udptl_ipv6 = 'no' WHERE t38_udptl_ipv6 IN ('0', 'off', 'false');

UPDATE ps_endpoints SET t38_udptl_nat = 'yes' WHERE t38_udptl_nat IN ('1', 'on', 'true');

UPDATE ps_endpoints SET t38_udptl_nat = 'no' WHERE t38_udptl_nat IN ('0', 'off', 'false');

UPDATE ps_endpoints SET trust_id_inbound = 'yes' WHERE trust_id_inbound IN ('1', 'on', 'true');

UPDATE ps_endpoints SET trust_id_inbound = 'no' WHERE trust_id_inbound IN ('0', 'off', 'false');

UPDATE ps_endpoints SET trust_id_outbound = 'yes' WHERE trust_id_outbound IN ('1', 'on', 'true');

UPDATE ps_endpoints SET trust_id_outbound = 'no' WHERE trust_id_outbound IN ('0', 'off', 'false');

UPDATE ps_endpoints SET use_avpf = 'yes' WHERE use_avpf IN ('1', 'on', 'true');

UPDATE ps_endpoints SET use_avpf = 'no' WHERE use_avpf IN ('0', 'off', 'false');

UPDATE ps_endpoints SET use_ptime = 'yes' WHERE use_ptime IN ('1', 'on', 'true');

UPDATE ps_endpoints SET use_ptime = 'no' WHERE use_ptime IN ('0', 'off', 'false');

UPDATE ps_endpoints SET user_eq_phone = 'yes' WHERE user_eq_phone IN ('1', 'on', 'true');

UPDATE ps_endpoints SET user_eq_phone = 'no' WHERE user_eq_phone IN ('0', 'off', 'false');

UPDATE ps_endpoints SET webrtc = 'yes' WHERE webrtc IN ('1', 'on', 'true');

UPDATE ps_endpoints SET webrtc = 'no' WHERE webrtc IN ('0', 'off', 'false');

UPDATE ps_globals SET disable_multi_domain = 'yes' WHERE disable_multi_domain IN ('1', 'on', 'true');

UPDATE ps_globals SET disable_multi_domain = 'no' WHERE disable_multi_domain IN ('0', 'off', 'false');

UPDATE ps_globals SET ignore_uri_user_options = 'yes' WHERE ignore_uri_user_options IN ('1', 'on', 'true');

UPDATE ps_globals SET ignore_uri_user_options = 'no' WHERE ignore_uri_user_options IN ('0', 'off', 'false');

UPDATE ps_globals SET mwi_disable_initial_unsolicited = 'yes' WHERE mwi_disable_initial_unsolicited IN ('1', 'on', 'true');

UPDATE ps_globals SET mwi_disable_initial_unsolicited = 'no' WHERE mwi_disable_initial_unsolicited IN ('0', 'off', 'false');

UPDATE ps_outbound_publishes SET multi_user = 'yes' WHERE multi_user IN ('1', 'on', 'true');

UPDATE ps_outbound_publishes SET multi_user = 'no' WHERE multi_user IN ('0', 'off', 'false');

UPDATE ps_registrations SET auth_rejection_permanent = 'yes' WHERE auth_rejection_permanent IN ('1', 'on', 'true');

UPDATE ps_registrations SET auth_rejection_permanent = 'no' WHERE auth_rejection_permanent IN ('0', 'off', 'false');

UPDATE ps_registrations SET line = 'yes' WHERE line IN ('1', 'on', 'true');

UPDATE ps_registrations SET line = 'no' WHERE line IN ('0', 'off', 'false');

UPDATE ps_registrations SET support_path = 'yes' WHERE support_path IN ('1', 'on', 'true');

UPDATE ps_registrations SET support_path = 'no' WHERE support_path IN ('0', 'off', 'false');

UPDATE ps_resource_list SET full_state = 'yes' WHERE full_state IN ('1', 'on', 'true');

UPDATE ps_resource_list SET full_state = 'no' WHERE full_state IN ('0', 'off', 'false');

UPDATE ps_subscription_persistence SET prune_on_boot = 'yes' WHERE prune_on_boot IN ('1', 'on', 'true');

UPDATE ps_subscription_persistence SET prune_on_boot = 'no' WHERE prune_on_boot IN ('0', 'off', 'false');

UPDATE ps_systems SET accept_multiple_sdp_answers = 'yes' WHERE accept_multiple_sdp_answers IN ('1', 'on', 'true');

UPDATE ps_systems SET accept_multiple_sdp_answers = 'no' WHERE accept_multiple_sdp_answers IN ('0', 'off', 'false');

UPDATE ps_systems SET compact_headers = 'yes' WHERE compact_headers IN ('1', 'on', 'true');

UPDATE ps_systems SET compact_headers = 'no' WHERE compact_headers IN ('0', 'off', 'false');

UPDATE ps_systems SET disable_tcp_switch = 'yes' WHERE disable_tcp_switch IN ('1', 'on', 'true');

UPDATE ps_systems SET disable_tcp_switch = 'no' WHERE disable_tcp_switch IN ('0', 'off', 'false');

UPDATE ps_systems SET follow_early_media_fork = 'yes' WHERE follow_early_media_fork IN ('1', 'on', 'true');

UPDATE ps_systems SET follow_early_media_fork = 'no' WHERE follow_early_media_fork IN ('0', 'off', 'false');

UPDATE ps_transports SET allow_reload = 'yes' WHERE allow_reload IN ('1', 'on', 'true');

UPDATE ps_transports SET allow_reload = 'no' WHERE allow_reload IN ('0', 'off', 'false');

UPDATE ps_transports SET allow_wildcard_certs = 'yes' WHERE allow_wildcard_certs IN ('1', 'on', 'true');

UPDATE ps_transports SET allow_wildcard_certs = 'no' WHERE allow_wildcard_certs IN ('0', 'off', 'false');

UPDATE ps_transports SET require_client_cert = 'yes' WHERE require_client_cert IN ('1', 'on', 'true');

UPDATE ps_transports SET require_client_cert = 'no' WHERE require_client_cert IN ('0', 'off', 'false');

UPDATE ps_transports SET symmetric_transport = 'yes' WHERE symmetric_transport IN ('1', 'on', 'true');

UPDATE ps_transports SET symmetric_transport = 'no' WHERE symmetric_transport IN ('0', 'off', 'false');

UPDATE ps_transports SET verify_client = 'yes' WHERE verify_client IN ('1', 'on', 'true');

UPDATE ps_transports SET verify_client = 'no' WHERE verify_client IN ('0', 'off', 'false');

UPDATE ps_transports SET verify_server = 'yes' WHERE verify_server IN ('1', 'on', 'true');

UPDATE ps_transports SET verify_server = 'no' WHERE verify_server IN ('0', 'off', 'false');

ALTER TABLE ps_aors ALTER COLUMN authenticate_qualify TYPE yesno_values USING authenticate_qualify::text::yesno_values;

ALTER TABLE ps_aors ALTER COLUMN remove_existing TYPE yesno_values USING remove_existing::text::yesno_values;

ALTER TABLE ps_aors ALTER COLUMN support_path TYPE yesno_values USING support_path::text::yesno_values;

ALTER TABLE ps_asterisk_publications ALTER COLUMN device_state TYPE yesno_values USING device_state::text::yesno_values;

ALTER TABLE ps_asterisk_publications ALTER COLUMN mailbox_state TYPE yesno_values USING mailbox_state::text::yesno_values;

ALTER TABLE ps_contacts ALTER COLUMN authenticate_qualify TYPE yesno_values USING authenticate_qualify::text::yesno_values;

ALTER TABLE ps_contacts ALTER COLUMN prune_on_boot TYPE yesno_values USING prune_on_boot::text::yesno_values;

ALTER TABLE ps_endpoint_id_ips ALTER COLUMN srv_lookups TYPE yesno_values USING srv_lookups::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN accept_multiple_sdp_answers TYPE yesno_values USING accept_multiple_sdp_answers::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN aggregate_mwi TYPE yesno_values USING aggregate_mwi::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN allow_overlap TYPE yesno_values USING allow_overlap::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN allow_subscribe TYPE yesno_values USING allow_subscribe::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN allow_transfer TYPE yesno_values USING allow_transfer::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN asymmetric_rtp_codec TYPE yesno_values USING asymmetric_rtp_codec::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN bind_rtp_to_media_address TYPE yesno_values USING bind_rtp_to_media_address::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN bundle TYPE yesno_values USING bundle::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN direct_media TYPE yesno_values USING direct_media::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN disable_direct_media_on_nat TYPE yesno_values USING disable_direct_media_on_nat::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN dtls_auto_generate_cert TYPE yesno_values USING dtls_auto_generate_cert::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN fax_detect TYPE yesno_values USING fax_detect::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN follow_early_media_fork TYPE yesno_values USING follow_early_media_fork::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN force_avp TYPE yesno_values USING force_avp::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN force_rport TYPE yesno_values USING force_rport::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN g726_non_standard TYPE yesno_values USING g726_non_standard::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN ice_support TYPE yesno_values USING ice_support::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN inband_progress TYPE yesno_values USING inband_progress::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN media_encryption_optimistic TYPE yesno_values USING media_encryption_optimistic::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN media_use_received_transport TYPE yesno_values USING media_use_received_transport::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN moh_passthrough TYPE yesno_values USING moh_passthrough::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN notify_early_inuse_ringing TYPE yesno_values USING notify_early_inuse_ringing::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN one_touch_recording TYPE yesno_values USING one_touch_recording::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN preferred_codec_only TYPE yesno_values USING preferred_codec_only::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN refer_blind_progress TYPE yesno_values USING refer_blind_progress::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN rewrite_contact TYPE yesno_values USING rewrite_contact::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN rpid_immediate TYPE yesno_values USING rpid_immediate::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN rtcp_mux TYPE yesno_values USING rtcp_mux::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN rtp_ipv6 TYPE yesno_values USING rtp_ipv6::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN rtp_symmetric TYPE yesno_values USING rtp_symmetric::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN send_diversion TYPE yesno_values USING send_diversion::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN send_pai TYPE yesno_values USING send_pai::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN send_rpid TYPE yesno_values USING send_rpid::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN srtp_tag_32 TYPE yesno_values USING srtp_tag_32::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN suppress_q850_reason_headers TYPE yesno_values USING suppress_q850_reason_headers::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN t38_udptl TYPE yesno_values USING t38_udptl::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN t38_udptl_ipv6 TYPE yesno_values USING t38_udptl_ipv6::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN t38_udptl_nat TYPE yesno_values USING t38_udptl_nat::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN trust_id_inbound TYPE yesno_values USING trust_id_inbound::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN trust_id_outbound TYPE yesno_values USING trust_id_outbound::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN use_avpf TYPE yesno_values USING use_avpf::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN use_ptime TYPE yesno_values USING use_ptime::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN user_eq_phone TYPE yesno_values USING user_eq_phone::text::yesno_values;

ALTER TABLE ps_endpoints ALTER COLUMN webrtc TYPE yesno_values USING webrtc::text::yesno_values;

ALTER TABLE ps_globals ALTER COLUMN disable_multi_domain TYPE yesno_values USING disable_multi_domain::text::yesno_values;

ALTER TABLE ps_globals ALTER COLUMN ignore_uri_user_options TYPE yesno_values USING ignore_uri_user_options::text::yesno_values;

ALTER TABLE ps_globals ALTER COLUMN mwi_disable_initial_unsolicited TYPE yesno_values USING mwi_disable_initial_unsolicited::text::yesno_values;

ALTER TABLE ps_outbound_publishes ALTER COLUMN multi_user TYPE yesno_values USING multi_user::text::yesno_values;

ALTER TABLE ps_registrations ALTER COLUMN auth_rejection_permanent TYPE yesno_values USING auth_rejection_permanent::text::yesno_values;

ALTER TABLE ps_registrations ALTER COLUMN line TYPE yesno_values USING line::text::yesno_values;

ALTER TABLE ps_registrations ALTER COLUMN support_path TYPE yesno_values USING support_path::text::yesno_values;

ALTER TABLE ps_resource_list ALTER COLUMN full_state TYPE yesno_values USING full_state::text::yesno_values;

ALTER TABLE ps_subscription_persistence ALTER COLUMN prune_on_boot TYPE yesno_values USING prune_on_boot::text::yesno_values;

ALTER TABLE ps_systems ALTER COLUMN accept_multiple_sdp_answers TYPE yesno_values USING accept_multiple_sdp_answers::text::yesno_values;

ALTER TABLE ps_systems ALTER COLUMN compact_headers TYPE yesno_values USING compact_headers::text::yesno_values;

ALTER TABLE ps_systems ALTER COLUMN disable_tcp_switch TYPE yesno_values USING disable_tcp_switch::text::yesno_values;

ALTER TABLE ps_systems ALTER COLUMN follow_early_media_fork TYPE yesno_values USING follow_early_media_fork::text::yesno_values;

ALTER TABLE ps_transports ALTER COLUMN allow_reload TYPE yesno_values USING allow_reload::text::yesno_values;

ALTER TABLE ps_transports ALTER COLUMN allow_wildcard_certs TYPE yesno_values USING allow_wildcard_certs::text::yesno_values;

ALTER TABLE ps_transports ALTER COLUMN require_client_cert TYPE yesno_values USING require_client_cert::text::yesno_values;

ALTER TABLE ps_transports ALTER COLUMN symmetric_transport TYPE yesno_values USING symmetric_transport::text::yesno_values;

ALTER TABLE ps_transports ALTER COLUMN verify_client TYPE yesno_values USING verify_client::text::yesno_values;

ALTER TABLE ps_transports ALTER COLUMN verify_server TYPE yesno_values USING verify_server::text::yesno_values;

UPDATE alembic_version_config SET version_num='bd335bae5d33' WHERE alembic_version_config.version_num = '74dc751dfe8e';

COMMIT;

-- Running downgrade bd335bae5d33 -> 24c12d8e9014, Create STIR/SHAKEN TN table

-- WARNING: this drops table stir_tn with its rows

BEGIN;

DROP TABLE stir_tn;

UPDATE alembic_version_config SET version_num='24c12d8e9014' WHERE alembic_version_config.version_num = 'bd335bae5d33';

COMMIT;

-- Running downgrade 24c12d8e9014 -> 37a5332640e2, add user-agent-header to ps_registrations

-- WARNING: this drops column ps_registrations.user_agent with its values

BEGIN;

ALTER TABLE ps_registrations DROP COLUMN user_agent;

UPDATE alembic_version_config SET version_num='37a5332640e2' WHERE alembic_version_config.version_num = '24c12d8e9014';

COMMIT;

-- Running downgrade 37a5332640e2 -> dac2b4c328b8, update pjsip tls method list

-- WARNING: this limits ps_transports.method to the values default, unspecified, tlsv1, sslv2, sslv3, sslv23

BEGIN;

UPDATE ps_transports SET method = 'tlsv1' WHERE method IN ('tlsv1_1', 'tlsv1_2', 'tlsv1_3');

CREATE TYPE pjsip_transport_method_values AS ENUM ('default', 'unspecified', 'tlsv1', 'sslv2', 'sslv3', 'sslv23');

ALTER TABLE ps_transports ALTER COLUMN method TYPE pjsip_transport_method_values USING method::text::pjsip_transport_method_values;

DROP TYPE pjsip_transport_method_values_v2;

UPDATE alembic_version_config SET version_num='dac2b4c328b8' WHERE alembic_version_config.version_num = '37a5332640e2';

COMMIT;

-- Running downgrade dac2b4c328b8 -> f5b0e7427449, increase pjsip id length

-- WARNING: this narrows ps_aors.id to 40 characters

-- WARNING: this narrows ps_aors.outbound_proxy to 40 characters

-- WARNING: this narrows ps_auths.id to 40 characters

-- WARNING: this narrows ps_auths.realm to 40 characters

-- WARNING: this narrows ps_contacts.outbound_proxy to 40 characters

-- WARNING: this narrows ps_contacts.endpoint to 40 characters

-- WARNING: this narrows ps_domain_aliases.id to 40 characters

-- WARNING: this narrows ps_domain_aliases.domain to 40 characters

-- WARNING: this narrows ps_endpoint_id_ips.id to 40 characters

-- WARNING: this narrows ps_endpoint_id_ips.endpoint to 40 characters

-- WARNING: this narrows ps_endpoints.id to 40 characters

-- WARNING: this narrows ps_endpoints.aors to 200 characters

-- WARNING: this narrows ps_endpoints.auth to 40 characters

-- WARNING: this narrows ps_endpoints.outbound_auth to 40 characters

-- WARNING: this narrows ps_endpoints.outbound_proxy to 40 characters

-- WARNING: this narrows ps_inbound_publications.id to 40 characters

-- WARNING: this narrows ps_inbound_publications.endpoint to 40 characters

-- WARNING: this narrows ps_outbound_publishes.id to 40 characters

-- WARNING: this narrows ps_outbound_publishes.outbound_auth to 40 characters

-- WARNING: this narrows ps_registrations.id to 40 characters

-- WARNING: this narrows ps_registrations.outbound_auth to 40 characters

-- WARNING: this narrows ps_registrations.outbound_proxy to 40 characters

-- WARNING: this narrows ps_registrations.endpoint to 40 characters

BEGIN;

ALTER TABLE ps_aors ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_aors ALTER COLUMN outbound_proxy TYPE VARCHAR(40);

ALTER TABLE ps_auths ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_auths ALTER COLUMN realm TYPE VARCHAR(40);

ALTER TABLE ps_contacts ALTER COLUMN outbound_proxy TYPE VARCHAR(40);

ALTER TABLE ps_contacts ALTER COLUMN endpoint TYPE VARCHAR(40);

ALTER TABLE ps_domain_aliases ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_domain_aliases ALTER COLUMN domain TYPE VARCHAR(40);

ALTER TABLE ps_endpoint_id_ips ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_endpoint_id_ips ALTER COLUMN endpoint TYPE VARCHAR(40);

ALTER TABLE ps_endpoints ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_endpoints ALTER COLUMN aors TYPE VARCHAR(200);

ALTER TABLE ps_endpoints ALTER COLUMN auth TYPE VARCHAR(40);

ALTER TABLE ps_endpoints ALTER COLUMN outbound_auth TYPE VARCHAR(40);

ALTER TABLE ps_endpoints ALTER COLUMN outbound_proxy TYPE VARCHAR(40);

ALTER TABLE ps_inbound_publications ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_inbound_publications ALTER COLUMN endpoint TYPE VARCHAR(40);

ALTER TABLE ps_outbound_publishes ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_outbound_publishes ALTER COLUMN outbound_auth TYPE VARCHAR(40);

ALTER TABLE ps_registrations ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_registrations ALTER COLUMN outbound_auth TYPE VARCHAR(40);

ALTER TABLE ps_registrations ALTER COLUMN outbound_proxy TYPE VARCHAR(40);

ALTER TABLE ps_registrations ALTER COLUMN endpoint TYPE VARCHAR(40);

UPDATE alembic_version_config SET version_num='f5b0e7427449' WHERE alembic_version_config.version_num = 'dac2b4c328b8';

COMMIT;

-- Running downgrade f5b0e7427449 -> 4042a0ff4d9f, Add loop_last to res_musiconhold

-- WARNING: this drops column musiconhold.loop_last with its values

BEGIN;

ALTER TABLE musiconhold DROP COLUMN loop_last;

UPDATE alembic_version_config SET version_num='4042a0ff4d9f' WHERE alembic_version_config.version_num = 'f5b0e7427449';

COMMIT;

-- Running downgrade 4042a0ff4d9f -> f261363a857f, add reason_paused to queue_members

-- WARNING: this drops column queue_members.reason_paused with its values

BEGIN;

ALTER TABLE queue_members DROP COLUMN reason_paused;

UPDATE alembic_version_config SET version_num='f261363a857f' WHERE alembic_version_config.version_num = '4042a0ff4d9f';

COMMIT;

-- Running downgrade f261363a857f -> 5a2247c957d2, add overlap_context

-- WARNING: this drops column ps_endpoints.overlap_context with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN overlap_context;

UPDATE alembic_version_config SET version_num='5a2247c957d2' WHERE alembic_version_config.version_num = 'f261363a857f';

COMMIT;

-- Running downgrade 5a2247c957d2 -> ccf795ee535f, add aoc option

-- WARNING: this drops column ps_endpoints.send_aoc with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN send_aoc;

UPDATE alembic_version_config SET version_num='ccf795ee535f' WHERE alembic_version_config.version_num = '5a2247c957d2';

COMMIT;

-- Running downgrade ccf795ee535f -> 417c0247fd7e, all_codecs_on_empty_reinvite

-- WARNING: this drops column ps_globals.all_codecs_on_empty_reinvite with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN all_codecs_on_empty_reinvite;

UPDATE alembic_version_config SET version_num='417c0247fd7e' WHERE alembic_version_config.version_num = 'ccf795ee535f';

COMMIT;

-- Running downgrade 417c0247fd7e -> 539f68bede2c, add security_negotiation and security_mechanisms to endpoint

-- WARNING: this drops column ps_endpoints.security_negotiation with its values

-- WARNING: this drops column ps_endpoints.security_mechanisms with its values

-- WARNING: this drops column ps_registrations.security_negotiation with its values

-- WARNING: this drops column ps_registrations.security_mechanisms with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN security_negotiation;

ALTER TABLE ps_endpoints DROP COLUMN security_mechanisms;

ALTER TABLE ps_registrations DROP COLUMN security_negotiation;

ALTER TABLE ps_registrations DROP COLUMN security_mechanisms;

DROP TYPE security_negotiation_values;

UPDATE alembic_version_config SET version_num='539f68bede2c' WHERE alembic_version_config.version_num = '417c0247fd7e';

COMMIT;

-- Running downgrade 539f68bede2c -> 9f3692b1654b, Add peer_supported to 100rel

-- WARNING: this limits ps_endpoints.100rel to the values no, required, yes

BEGIN;

CREATE TYPE pjsip_100rel_values AS ENUM ('no', 'required', 'yes');

ALTER TABLE ps_endpoints ALTER COLUMN "100rel" TYPE pjsip_100rel_values USING "100rel"::text::pjsip_100rel_values;

DROP TYPE pjsip_100rel_values_v2;

UPDATE alembic_version_config SET version_num='9f3692b1654b' WHERE alembic_version_config.version_num = '539f68bede2c';

COMMIT;

-- Running downgrade 9f3692b1654b -> 7197536bb68d, Add Stir Shaken Profile and Codec Preference to ps endpoint

-- WARNING: this drops column ps_endpoints.outgoing_call_offer_pref with its values

-- WARNING: this drops column ps_endpoints.incoming_call_offer_pref with its values

-- WARNING: this drops column ps_endpoints.stir_shaken_profile with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN outgoing_call_offer_pref;

ALTER TABLE ps_endpoints DROP COLUMN incoming_call_offer_pref;

ALTER TABLE ps_endpoints DROP COLUMN stir_shaken_profile;

DROP TYPE pjsip_incoming_call_offer_pref_values;

DROP TYPE pjsip_outgoing_call_offer_pref_values;

UPDATE alembic_version_config SET version_num='7197536bb68d' WHERE alembic_version_config.version_num = '9f3692b1654b';

COMMIT;

-- Running downgrade 7197536bb68d -> 58e440314c2a, Geoloc Endpoint Params

-- WARNING: this drops column ps_endpoints.geoloc_outgoing_call_profile with its values

-- WARNING: this drops column ps_endpoints.geoloc_incoming_call_profile with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN geoloc_outgoing_call_profile;

ALTER TABLE ps_endpoints DROP COLUMN geoloc_incoming_call_profile;

UPDATE alembic_version_config SET version_num='58e440314c2a' WHERE alembic_version_config.version_num = '7197536bb68d';

COMMIT;

-- Running downgrade 58e440314c2a -> 18e0805d367f, allow_wildcard_certs

-- WARNING: this drops column ps_transports.allow_wildcard_certs with its values

BEGIN;

ALTER TABLE ps_transports DROP COLUMN allow_wildcard_certs;

UPDATE alembic_version_config SET version_num='18e0805d367f' WHERE alembic_version_config.version_num = '58e440314c2a';

COMMIT;

-- Running downgrade 18e0805d367f -> 0bee61aa9425, max_random_initial_delay

-- WARNING: this drops column ps_registrations.max_random_initial_delay with its values

BEGIN;

ALTER TABLE ps_registrations DROP COLUMN max_random_initial_delay;

UPDATE alembic_version_config SET version_num='0bee61aa9425' WHERE alembic_version_config.version_num = '18e0805d367f';

COMMIT;

-- Running downgrade 0bee61aa9425 -> 8f72185e437f, allow_sending_180_after_183

-- WARNING: this drops column ps_globals.allow_sending_180_after_183 with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN allow_sending_180_after_183;

UPDATE alembic_version_config SET version_num='8f72185e437f' WHERE alembic_version_config.version_num = '0bee61aa9425';

COMMIT;

-- Running downgrade 8f72185e437f -> a06d8f8462d9, res_pjsip_pubsub add resource_list option resource_display_name

-- WARNING: this drops column ps_resource_list.resource_display_name with its values

BEGIN;

ALTER TABLE ps_resource_list DROP COLUMN resource_display_name;

UPDATE alembic_version_config SET version_num='a06d8f8462d9' WHERE alembic_version_config.version_num = '8f72185e437f';

COMMIT;

-- Running downgrade a06d8f8462d9 -> f56d79a9f337, add t38_bind_udptl_to_media_address

-- WARNING: this drops column ps_endpoints.t38_bind_udptl_to_media_address with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN t38_bind_udptl_to_media_address;

UPDATE alembic_version_config SET version_num='f56d79a9f337' WHERE alembic_version_config.version_num = 'a06d8f8462d9';

COMMIT;

-- Running downgrade f56d79a9f337 -> c20d6e3992f4, pjsip create remove_unavailable

-- WARNING: this drops column ps_aors.remove_unavailable with its values

BEGIN;

ALTER TABLE ps_aors DROP COLUMN remove_unavailable;

UPDATE alembic_version_config SET version_num='c20d6e3992f4' WHERE alembic_version_config.version_num = 'f56d79a9f337';

COMMIT;

-- Running downgrade c20d6e3992f4 -> 8915fcc5766f, add allow_unauthenticated_options

-- WARNING: this drops column ps_endpoints.allow_unauthenticated_options with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN allow_unauthenticated_options;

UPDATE alembic_version_config SET version_num='8915fcc5766f' WHERE alembic_version_config.version_num = 'c20d6e3992f4';

COMMIT;

-- Running downgrade 8915fcc5766f -> e658c26033ca, Add ringinuse to queue_members

-- WARNING: this drops column queue_members.ringinuse with its values

BEGIN;

ALTER TABLE queue_members DROP COLUMN ringinuse;

UPDATE alembic_version_config SET version_num='e658c26033ca' WHERE alembic_version_config.version_num = '8915fcc5766f';

COMMIT;

-- Running downgrade e658c26033ca -> 1ae0609b6646, create history info flag

-- WARNING: this drops column ps_endpoints.send_history_info with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN send_history_info;

UPDATE alembic_version_config SET version_num='1ae0609b6646' WHERE alembic_version_config.version_num = 'e658c26033ca';

COMMIT;

-- Running downgrade 1ae0609b6646 -> 61797b9fced6, increase reg server size

-- WARNING: this narrows ps_contacts.reg_server to 20 characters

BEGIN;

ALTER TABLE ps_contacts ALTER COLUMN reg_server TYPE VARCHAR(20);

UPDATE alembic_version_config SET version_num='61797b9fced6' WHERE alembic_version_config.version_num = '1ae0609b6646';

COMMIT;

-- Running downgrade 61797b9fced6 -> b80485ff4dd0, add stir shaken

-- WARNING: this drops column ps_endpoints.stir_shaken with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN stir_shaken;

UPDATE alembic_version_config SET version_num='b80485ff4dd0' WHERE alembic_version_config.version_num = '61797b9fced6';

COMMIT;

-- Running downgrade b80485ff4dd0 -> 79290b511e4b, Add pjsip endpoint ACN options

-- WARNING: this drops column ps_endpoints.codec_prefs_incoming_offer with its values

-- WARNING: this drops column ps_endpoints.codec_prefs_outgoing_offer with its values

-- WARNING: this drops column ps_endpoints.codec_prefs_incoming_answer with its values

-- WARNING: this drops column ps_endpoints.codec_prefs_outgoing_answer with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN codec_prefs_incoming_offer;

ALTER TABLE ps_endpoints DROP COLUMN codec_prefs_outgoing_offer;

ALTER TABLE ps_endpoints DROP COLUMN codec_prefs_incoming_answer;

ALTER TABLE ps_endpoints DROP COLUMN codec_prefs_outgoing_answer;

UPDATE alembic_version_config SET version_num='79290b511e4b' WHERE alembic_version_config.version_num = 'b80485ff4dd0';

COMMIT;

-- Running downgrade 79290b511e4b -> fbb7766f17bc, pjsip add disable_rport

-- WARNING: this drops column ps_systems.disable_rport with its values

BEGIN;

ALTER TABLE ps_systems DROP COLUMN disable_rport;

UPDATE alembic_version_config SET version_num='fbb7766f17bc' WHERE alembic_version_config.version_num = '79290b511e4b';

COMMIT;

-- Running downgrade fbb7766f17bc -> 3a094a18e75b, add playlist to moh

-- WARNING: this limits musiconhold.mode to the values custom, files, mp3nb, quietmp3nb, quietmp3

-- WARNING: this drops table musiconhold_entry with its rows

BEGIN;

ALTER TYPE moh_mode_values RENAME TO moh_mode_values_tmp;

CREATE TYPE moh_mode_values AS ENUM ('custom', 'files', 'mp3nb', 'quietmp3nb', 'quietmp3');

ALTER TABLE musiconhold ALTER COLUMN mode TYPE moh_mode_values USING mode::text::moh_mode_values;

DROP TYPE moh_mode_values_tmp;

DROP TABLE musiconhold_entry;

UPDATE alembic_version_config SET version_num='3a094a18e75b' WHERE alembic_version_config.version_num = 'fbb7766f17bc';

COMMIT;

-- Running downgrade 3a094a18e75b -> 80473bad3c16, pjsip add norefersub

-- WARNING: this drops column ps_globals.norefersub with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN norefersub;

UPDATE alembic_version_config SET version_num='80473bad3c16' WHERE alembic_version_config.version_num = '3a094a18e75b';

COMMIT;

-- Running downgrade 80473bad3c16 -> f3c0b8695b66, ignore 183 without sdp

-- WARNING: this drops column ps_endpoints.ignore_183_without_sdp with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN ignore_183_without_sdp;

UPDATE alembic_version_config SET version_num='f3c0b8695b66' WHERE alembic_version_config.version_num = '80473bad3c16';

COMMIT;

-- Running downgrade f3c0b8695b66 -> 0838f8db6a61, taskprocessor_overload_trigger

-- WARNING: this drops column ps_globals.taskprocessor_overload_trigger with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN taskprocessor_overload_trigger;

DROP TYPE pjsip_taskprocessor_overload_trigger_values;

UPDATE alembic_version_config SET version_num='0838f8db6a61' WHERE alembic_version_config.version_num = 'f3c0b8695b66';

COMMIT;

-- Running downgrade 0838f8db6a61 -> 1ac563b350a8, pjsip add send_contact_status_on_update_registration

-- WARNING: this drops column ps_globals.send_contact_status_on_update_registration with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN send_contact_status_on_update_registration;

UPDATE alembic_version_config SET version_num='1ac563b350a8' WHERE alembic_version_config.version_num = '0838f8db6a61';

COMMIT;

-- Running downgrade 1ac563b350a8 -> 2bb1a85135ad, add pjsip trust/send _connected_line

-- WARNING: this drops column ps_endpoints.trust_connected_line with its values

-- WARNING: this drops column ps_endpoints.send_connected_line with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN trust_connected_line;

ALTER TABLE ps_endpoints DROP COLUMN send_connected_line;

UPDATE alembic_version_config SET version_num='2bb1a85135ad' WHERE alembic_version_config.version_num = '1ac563b350a8';

COMMIT;

-- Running downgrade 2bb1a85135ad -> 465f47f880be, pjsip add use_callerid_contact

-- WARNING: this drops column ps_globals.use_callerid_contact with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN use_callerid_contact;

UPDATE alembic_version_config SET version_num='465f47f880be' WHERE alembic_version_config.version_num = '2bb1a85135ad';

COMMIT;

-- Running downgrade 465f47f880be -> 7f85dd44c775, add pjsip google voice sip options

-- WARNING: this limits ps_transports.protocol to the values udp, tcp, tls, ws, wss

-- WARNING: this limits ps_auths.auth_type to the values md5, userpass

-- WARNING: this drops column ps_registrations.support_outbound with its values

-- WARNING: this drops column ps_registrations.contact_header_params with its values

-- WARNING: this drops column ps_auths.refresh_token with its values

-- WARNING: this drops column ps_auths.oauth_clientid with its values

-- WARNING: this drops column ps_auths.oauth_secret with its values

BEGIN;

UPDATE ps_transports SET protocol = 'udp' WHERE protocol IN ('flow');

UPDATE ps_auths SET auth_type = 'userpass' WHERE auth_type IN ('google_oauth');

CREATE TYPE pjsip_transport_protocol_values AS ENUM ('udp', 'tcp', 'tls', 'ws', 'wss');

ALTER TABLE ps_transports ALTER COLUMN protocol TYPE pjsip_transport_protocol_values USING protocol::text::pjsip_transport_protocol_values;

DROP TYPE pjsip_transport_protocol_values_v2;

CREATE TYPE pjsip_auth_type_values AS ENUM ('md5', 'userpass');

ALTER TABLE ps_auths ALTER COLUMN auth_type TYPE pjsip_auth_type_values USING auth_type::text::pjsip_auth_type_values;

DROP TYPE pjsip_auth_type_values_v2;

ALTER TABLE ps_registrations DROP COLUMN support_outbound;

ALTER TABLE ps_registrations DROP COLUMN contact_header_params;

ALTER TABLE ps_auths DROP COLUMN refresh_token;

ALTER TABLE ps_auths DROP COLUMN oauth_clientid;

ALTER TABLE ps_auths DROP COLUMN oauth_secret;

UPDATE alembic_version_config SET version_num='7f85dd44c775' WHERE alembic_version_config.version_num = '465f47f880be';

COMMIT;

-- Running downgrade 7f85dd44c775 -> fe6592859b85, fix suppress_q850_reason_headers

BEGIN;

ALTER TABLE ps_endpoints ALTER COLUMN suppress_q850_reason_headers TYPE yesno_values USING suppress_q850_reason_headers::text::yesno_values;

ALTER TABLE ps_endpoints RENAME suppress_q850_reason_headers TO suppress_q850_reason_header;

UPDATE alembic_version_config SET version_num='fe6592859b85' WHERE alembic_version_config.version_num = '7f85dd44c775';

COMMIT;

-- Running downgrade fe6592859b85 -> 1d3ed26d9978, Fix mwi_subscribe_replaces_unsolicited

-- WARNING: this converts ps_endpoints.mwi_subscribe_replaces_unsolicited to integer

BEGIN;

UPDATE ps_endpoints SET mwi_subscribe_replaces_unsolicited = '0' WHERE mwi_subscribe_replaces_unsolicited IN ('off', 'false', 'no');

UPDATE ps_endpoints SET mwi_subscribe_replaces_unsolicited = '1' WHERE mwi_subscribe_replaces_unsolicited IN ('on', 'true', 'yes');

ALTER TABLE ps_endpoints ALTER COLUMN mwi_subscribe_replaces_unsolicited TYPE VARCHAR(5);

ALTER TABLE ps_endpoints ALTER COLUMN mwi_subscribe_replaces_unsolicited TYPE INTEGER USING mwi_subscribe_replaces_unsolicited::Integer;

DROP TYPE ast_bool_values;

UPDATE alembic_version_config SET version_num='1d3ed26d9978' WHERE alembic_version_config.version_num = 'fe6592859b85';

COMMIT;

-- Running downgrade 1d3ed26d9978 -> 19b00bc19b7b, Increase uri column size

-- WARNING: this narrows ps_contacts.uri to 255 characters

BEGIN;

ALTER TABLE ps_contacts ALTER COLUMN uri TYPE VARCHAR(255);

UPDATE alembic_version_config SET version_num='19b00bc19b7b' WHERE alembic_version_config.version_num = '1d3ed26d9978';

COMMIT;

-- Running downgrade 19b00bc19b7b -> 0be05c3a8225, add suppress_q850_reason_headers to endpoint

-- WARNING: this drops column ps_endpoints.suppress_q850_reason_header with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN suppress_q850_reason_header;

UPDATE alembic_version_config SET version_num='0be05c3a8225' WHERE alembic_version_config.version_num = '19b00bc19b7b';

COMMIT;

-- Running downgrade 0be05c3a8225 -> d3e4284f8707, Add early media options

-- WARNING: this drops column ps_systems.follow_early_media_fork with its values

-- WARNING: this drops column ps_systems.accept_multiple_sdp_answers with its values

-- WARNING: this drops column ps_endpoints.follow_early_media_fork with its values

-- WARNING: this drops column ps_endpoints.accept_multiple_sdp_answers with its values

BEGIN;

ALTER TABLE ps_systems DROP COLUMN follow_early_media_fork;

ALTER TABLE ps_systems DROP COLUMN accept_multiple_sdp_answers;

ALTER TABLE ps_endpoints DROP COLUMN follow_early_media_fork;

ALTER TABLE ps_endpoints DROP COLUMN accept_multiple_sdp_answers;

UPDATE alembic_version_config SET version_num='d3e4284f8707' WHERE alembic_version_config.version_num = '0be05c3a8225';

COMMIT;

-- Running downgrade d3e4284f8707 -> 52798ad97bdf, add prune_on_boot to ps_subscription_persistence

-- WARNING: this drops column ps_subscription_persistence.prune_on_boot with its values

BEGIN;

ALTER TABLE ps_subscription_persistence DROP COLUMN prune_on_boot;

UPDATE alembic_version_config SET version_num='52798ad97bdf' WHERE alembic_version_config.version_num = 'd3e4284f8707';

COMMIT;

-- Running downgrade 52798ad97bdf -> e2f04d309071, add pjsip identify by header

-- WARNING: this limits ps_endpoints.identify_by to the values username, auth_username, ip

BEGIN;

CREATE TYPE pjsip_identify_by_values AS ENUM ('username', 'auth_username', 'ip');

ALTER TABLE ps_endpoints ALTER COLUMN identify_by TYPE pjsip_identify_by_values USING identify_by::text::pjsip_identify_by_values;

UPDATE alembic_version_config SET version_num='e2f04d309071' WHERE alembic_version_config.version_num = '52798ad97bdf';

COMMIT;

-- Running downgrade e2f04d309071 -> 041c0d3d1857, add wrapuptime to queue_members

-- WARNING: this drops column queue_members.wrapuptime with its values

BEGIN;

ALTER TABLE queue_members DROP COLUMN wrapuptime;

UPDATE alembic_version_config SET version_num='041c0d3d1857' WHERE alembic_version_config.version_num = 'e2f04d309071';

COMMIT;

-- Running downgrade 041c0d3d1857 -> de83fac997e2, add_dtls_auto_generate_cert

-- WARNING: this drops column ps_endpoints.dtls_auto_generate_cert with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN dtls_auto_generate_cert;

UPDATE alembic_version_config SET version_num='de83fac997e2' WHERE alembic_version_config.version_num = '041c0d3d1857';

COMMIT;

-- Running downgrade de83fac997e2 -> 20abce6d1e3c, add bundle to ps_endpoints

-- WARNING: this drops column ps_endpoints.bundle with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN bundle;

UPDATE alembic_version_config SET version_num='20abce6d1e3c' WHERE alembic_version_config.version_num = 'de83fac997e2';

COMMIT;

-- Running downgrade 20abce6d1e3c -> a1698e8bb9c5, add pjsip identify by ip

-- WARNING: this limits ps_endpoints.identify_by to the values username, auth_username

BEGIN;

ALTER TYPE pjsip_identify_by_values RENAME TO pjsip_identify_by_values_tmp;

CREATE TYPE pjsip_identify_by_values AS ENUM ('username', 'auth_username');

ALTER TABLE ps_endpoints ALTER COLUMN identify_by TYPE pjsip_identify_by_values USING identify_by::text::pjsip_identify_by_values;

DROP TYPE pjsip_identify_by_values_tmp;

UPDATE alembic_version_config SET version_num='a1698e8bb9c5' WHERE alembic_version_config.version_num = '20abce6d1e3c';

COMMIT;

-- Running downgrade a1698e8bb9c5 -> b83645976fdd, add_incoming_mwi_mailbox

-- WARNING: this drops column ps_endpoints.incoming_mwi_mailbox with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN incoming_mwi_mailbox;

UPDATE alembic_version_config SET version_num='b83645976fdd' WHERE alembic_version_config.version_num = 'a1698e8bb9c5';

COMMIT;

-- Running downgrade b83645976fdd -> f3d1c5d38b56, add dtls_fingerprint to ps_endpoints

-- WARNING: this drops column ps_endpoints.dtls_fingerprint with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN dtls_fingerprint;

DROP TYPE sha_hash_values;

UPDATE alembic_version_config SET version_num='f3d1c5d38b56' WHERE alembic_version_config.version_num = 'b83645976fdd';

COMMIT;

-- Running downgrade f3d1c5d38b56 -> 44ccced114ce, add_prune_on_boot

-- WARNING: this drops column ps_contacts.prune_on_boot with its values

BEGIN;

ALTER TABLE ps_contacts DROP COLUMN prune_on_boot;

UPDATE alembic_version_config SET version_num='44ccced114ce' WHERE alembic_version_config.version_num = 'f3d1c5d38b56';

COMMIT;

-- Running downgrade 44ccced114ce -> 164abbd708c, add webrtc option to ps_endpoints

-- WARNING: this drops column ps_endpoints.webrtc with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN webrtc;

UPDATE alembic_version_config SET version_num='164abbd708c' WHERE alembic_version_config.version_num = '44ccced114ce';

COMMIT;

-- Running downgrade 164abbd708c -> 39959b9c2566, Add auto_info to endpoint dtmf_mode

-- WARNING: this limits ps_endpoints.dtmf_mode to the values rfc4733, inband, info, auto

BEGIN;

CREATE TYPE pjsip_dtmf_mode_values_v2 AS ENUM ('rfc4733', 'inband', 'info', 'auto');

ALTER TABLE ps_endpoints ALTER COLUMN dtmf_mode TYPE pjsip_dtmf_mode_values_v2 USING dtmf_mode::text::pjsip_dtmf_mode_values_v2;

DROP TYPE pjsip_dtmf_mode_values_v3;

UPDATE alembic_version_config SET version_num='39959b9c2566' WHERE alembic_version_config.version_num = '164abbd708c';

COMMIT;

-- Running downgrade 39959b9c2566 -> d7983954dd96, pjsip_stream_maximum

-- WARNING: this drops column ps_endpoints.max_audio_streams with its values

-- WARNING: this drops column ps_endpoints.max_video_streams with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN max_audio_streams;

ALTER TABLE ps_endpoints DROP COLUMN max_video_streams;

UPDATE alembic_version_config SET version_num='d7983954dd96' WHERE alembic_version_config.version_num = '39959b9c2566';

COMMIT;

-- Running downgrade d7983954dd96 -> 86bb1efa278d, add ps_endpoints.notify_early_inuse_ringing

-- WARNING: this drops column ps_endpoints.notify_early_inuse_ringing with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN notify_early_inuse_ringing;

UPDATE alembic_version_config SET version_num='86bb1efa278d' WHERE alembic_version_config.version_num = 'd7983954dd96';

COMMIT;

-- Running downgrade 86bb1efa278d -> 1d0e332c32af, add ps_endpoints.refer_blind_progress

-- WARNING: this drops column ps_endpoints.refer_blind_progress with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN refer_blind_progress;

UPDATE alembic_version_config SET version_num='1d0e332c32af' WHERE alembic_version_config.version_num = '86bb1efa278d';

COMMIT;

-- Running downgrade 1d0e332c32af -> 2da192dbbc65, create rls table

-- WARNING: this drops table ps_resource_list with its rows

BEGIN;

DROP TABLE ps_resource_list;

UPDATE alembic_version_config SET version_num='2da192dbbc65' WHERE alembic_version_config.version_num = '1d0e332c32af';

COMMIT;

-- Running downgrade 2da192dbbc65 -> 8fce4c573e15, add publish tables

-- WARNING: this drops table ps_outbound_publishes with its rows

-- WARNING: this drops table ps_inbound_publications with its rows

-- WARNING: this drops table ps_asterisk_publications with its rows

BEGIN;

DROP TABLE ps_outbound_publishes;

DROP TABLE ps_inbound_publications;

DROP TABLE ps_asterisk_publications;

UPDATE alembic_version_config SET version_num='8fce4c573e15' WHERE alembic_version_config.version_num = '2da192dbbc65';

COMMIT;

-- Running downgrade 8fce4c573e15 -> f638dbe2eb23, add pjsip allow_overlap

-- WARNING: this drops column ps_endpoints.allow_overlap with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN allow_overlap;

UPDATE alembic_version_config SET version_num='f638dbe2eb23' WHERE alembic_version_config.version_num = '8fce4c573e15';

COMMIT;

-- Running downgrade f638dbe2eb23 -> 15db7b91a97a, symmetric_transport

-- WARNING: this drops column ps_subscription_persistence.contact_uri with its values

-- WARNING: this drops column ps_transports.symmetric_transport with its values

BEGIN;

ALTER TABLE ps_subscription_persistence DROP COLUMN contact_uri;

ALTER TABLE ps_transports DROP COLUMN symmetric_transport;

UPDATE alembic_version_config SET version_num='15db7b91a97a' WHERE alembic_version_config.version_num = 'f638dbe2eb23';

COMMIT;

-- Running downgrade 15db7b91a97a -> 465e70e8c337, empty message

-- WARNING: this drops column ps_endpoints.rtcp_mux with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN rtcp_mux;

UPDATE alembic_version_config SET version_num='465e70e8c337' WHERE alembic_version_config.version_num = '15db7b91a97a';

COMMIT;

-- Running downgrade 465e70e8c337 -> 28ab27a7826d, Add match_header attribute to identify

-- WARNING: this drops column ps_endpoint_id_ips.match_header with its values

BEGIN;

ALTER TABLE ps_endpoint_id_ips DROP COLUMN match_header;

UPDATE alembic_version_config SET version_num='28ab27a7826d' WHERE alembic_version_config.version_num = '465e70e8c337';

COMMIT;

-- Running downgrade 28ab27a7826d -> 4468b4a91372, add srv_lookups to identify

-- WARNING: this drops column ps_endpoint_id_ips.srv_lookups with its values

BEGIN;

ALTER TABLE ps_endpoint_id_ips DROP COLUMN srv_lookups;

UPDATE alembic_version_config SET version_num='4468b4a91372' WHERE alembic_version_config.version_num = '28ab27a7826d';

COMMIT;

-- Running downgrade 4468b4a91372 -> a6ef36f1309, add pjsip asymmetric rtp codec

-- WARNING: this drops column ps_endpoints.asymmetric_rtp_codec with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN asymmetric_rtp_codec;

UPDATE alembic_version_config SET version_num='a6ef36f1309' WHERE alembic_version_config.version_num = '4468b4a91372';

COMMIT;

-- Running downgrade a6ef36f1309 -> 7f3e21abe318, ps_globals add ignore_uri_user_options

-- WARNING: this drops column ps_globals.ignore_uri_user_options with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN ignore_uri_user_options;

UPDATE alembic_version_config SET version_num='7f3e21abe318' WHERE alembic_version_config.version_num = 'a6ef36f1309';

COMMIT;

-- Running downgrade 7f3e21abe318 -> 4e2493ef32e6, add preferred_codec_only option to pjsip

-- WARNING: this drops column ps_endpoints.preferred_codec_only with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN preferred_codec_only;

UPDATE alembic_version_config SET version_num='4e2493ef32e6' WHERE alembic_version_config.version_num = '7f3e21abe318';

COMMIT;

-- Running downgrade 4e2493ef32e6 -> 3772f8f828da, Add contact_user to endpoint

-- WARNING: this drops column ps_endpoints.contact_user with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN contact_user;

UPDATE alembic_version_config SET version_num='3772f8f828da' WHERE alembic_version_config.version_num = '4e2493ef32e6';

COMMIT;

-- Running downgrade 3772f8f828da -> c7a44a5a0851, update_identify_by

-- WARNING: this limits ps_endpoints.identify_by to the values username

BEGIN;

ALTER TYPE pjsip_identify_by_values RENAME TO pjsip_identify_by_values_tmp;

CREATE TYPE pjsip_identify_by_values AS ENUM ('username');

ALTER TABLE ps_endpoints ALTER COLUMN identify_by TYPE pjsip_identify_by_values USING identify_by::text::pjsip_identify_by_values;

DROP TYPE pjsip_identify_by_values_tmp;

UPDATE alembic_version_config SET version_num='c7a44a5a0851' WHERE alembic_version_config.version_num = '3772f8f828da';

COMMIT;

-- Running downgrade c7a44a5a0851 -> 4a6c67fa9b7a, pjsip: add global MWI options

-- WARNING: this drops column ps_globals.mwi_tps_queue_high with its values

-- WARNING: this drops column ps_globals.mwi_tps_queue_low with its values

-- WARNING: this drops column ps_globals.mwi_disable_initial_unsolicited with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN mwi_tps_queue_high;

ALTER TABLE ps_globals DROP COLUMN mwi_tps_queue_low;

ALTER TABLE ps_globals DROP COLUMN mwi_disable_initial_unsolicited;

UPDATE alembic_version_config SET version_num='4a6c67fa9b7a' WHERE alembic_version_config.version_num = 'c7a44a5a0851';

COMMIT;

-- Running downgrade 4a6c67fa9b7a -> 9deac0ae4717, add fax_detect_timeout option

-- WARNING: this drops column ps_endpoints.fax_detect_timeout with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN fax_detect_timeout;

UPDATE alembic_version_config SET version_num='9deac0ae4717' WHERE alembic_version_config.version_num = '4a6c67fa9b7a';

COMMIT;

-- Running downgrade 9deac0ae4717 -> ef7efc2d3964, pjsip_add_subscribe_context

-- WARNING: this drops column ps_endpoints.subscribe_context with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN subscribe_context;

UPDATE alembic_version_config SET version_num='ef7efc2d3964' WHERE alembic_version_config.version_num = '9deac0ae4717';

COMMIT;

-- Running downgrade ef7efc2d3964 -> a845e4d8ade8, ps_contacts add endpoint and modify expiration_time to bigint

-- WARNING: this drops column ps_contacts.endpoint with its values

BEGIN;

DROP INDEX ps_aors_qualifyfreq_contact;

DROP INDEX ps_contacts_qualifyfreq_exp;

ALTER TABLE ps_contacts DROP COLUMN endpoint;

ALTER TABLE ps_contacts ALTER COLUMN expiration_time TYPE VARCHAR(40);

UPDATE alembic_version_config SET version_num='a845e4d8ade8' WHERE alembic_version_config.version_num = 'ef7efc2d3964';

COMMIT;

-- Running downgrade a845e4d8ade8 -> d7e3c73eb2bf, res_pjsip: add contact via_addr and callid

-- WARNING: this drops column ps_contacts.via_addr with its values

-- WARNING: this drops column ps_contacts.via_port with its values

-- WARNING: this drops column ps_contacts.call_id with its values

BEGIN;

ALTER TABLE ps_contacts DROP COLUMN via_addr;

ALTER TABLE ps_contacts DROP COLUMN via_port;

ALTER TABLE ps_contacts DROP COLUMN call_id;

UPDATE alembic_version_config SET version_num='d7e3c73eb2bf' WHERE alembic_version_config.version_num = 'a845e4d8ade8';

COMMIT;

-- Running downgrade d7e3c73eb2bf -> 6be31516058d, Add PJSIP Endpoint IP Access Control options

-- WARNING: this drops column ps_endpoints.contact_acl with its values

-- WARNING: this drops column ps_endpoints.contact_permit with its values

-- WARNING: this drops column ps_endpoints.contact_deny with its values

-- WARNING: this drops column ps_endpoints.acl with its values

-- WARNING: this drops column ps_endpoints.permit with its values

-- WARNING: this drops column ps_endpoints.deny with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN contact_acl;

ALTER TABLE ps_endpoints DROP COLUMN contact_permit;

ALTER TABLE ps_endpoints DROP COLUMN contact_deny;

ALTER TABLE ps_endpoints DROP COLUMN acl;

ALTER TABLE ps_endpoints DROP COLUMN permit;

ALTER TABLE ps_endpoints DROP COLUMN deny;

UPDATE alembic_version_config SET version_num='6be31516058d' WHERE alembic_version_config.version_num = 'd7e3c73eb2bf';

COMMIT;

-- Running downgrade 6be31516058d -> 81b01a191a46, ps_contacts add authenticate_qualify

-- WARNING: this drops column ps_contacts.authenticate_qualify with its values

BEGIN;

ALTER TABLE ps_contacts DROP COLUMN authenticate_qualify;

UPDATE alembic_version_config SET version_num='81b01a191a46' WHERE alembic_version_config.version_num = '6be31516058d';

COMMIT;

-- Running downgrade 81b01a191a46 -> 65eb22eb195, pjsip: add contact reg_server

-- WARNING: this drops column ps_contacts.reg_server with its values

BEGIN;

ALTER TABLE ps_contacts DROP CONSTRAINT ps_contacts_uq;

ALTER TABLE ps_contacts DROP COLUMN reg_server;

UPDATE alembic_version_config SET version_num='65eb22eb195' WHERE alembic_version_config.version_num = '81b01a191a46';

COMMIT;

-- Running downgrade 65eb22eb195 -> 8d478ab86e29, Add unidentified request options to global

-- WARNING: this drops column ps_globals.unidentified_request_count with its values

-- WARNING: this drops column ps_globals.unidentified_request_period with its values

-- WARNING: this drops column ps_globals.unidentified_request_prune_interval with its values

-- WARNING: this drops column ps_globals.default_realm with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN unidentified_request_count;

ALTER TABLE ps_globals DROP COLUMN unidentified_request_period;

ALTER TABLE ps_globals DROP COLUMN unidentified_request_prune_interval;

ALTER TABLE ps_globals DROP COLUMN default_realm;

UPDATE alembic_version_config SET version_num='8d478ab86e29' WHERE alembic_version_config.version_num = '65eb22eb195';

COMMIT;

-- Running downgrade 8d478ab86e29 -> 1c688d9a003c, pjsip_add_disable_multi_domain

-- WARNING: this drops column ps_globals.disable_multi_domain with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN disable_multi_domain;

UPDATE alembic_version_config SET version_num='1c688d9a003c' WHERE alembic_version_config.version_num = '8d478ab86e29';

COMMIT;

-- Running downgrade 1c688d9a003c -> 5813202e92be, pjsip voicemail extension

-- WARNING: this drops column ps_globals.default_voicemail_extension with its values

-- WARNING: this drops column ps_aors.voicemail_extension with its values

-- WARNING: this drops column ps_endpoints.voicemail_extension with its values

-- WARNING: this drops column ps_endpoints.mwi_subscribe_replaces_unsolicited with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN default_voicemail_extension;

ALTER TABLE ps_aors DROP COLUMN voicemail_extension;

ALTER TABLE ps_endpoints DROP COLUMN voicemail_extension;

ALTER TABLE ps_endpoints DROP COLUMN mwi_subscribe_replaces_unsolicited;

UPDATE alembic_version_config SET version_num='5813202e92be' WHERE alembic_version_config.version_num = '1c688d9a003c';

COMMIT;

-- Running downgrade 5813202e92be -> 3bcc0b5bc2c9, Add contact_expiration_check_interval to ps_globals

-- WARNING: this drops column ps_globals.contact_expiration_check_interval with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN contact_expiration_check_interval;

UPDATE alembic_version_config SET version_num='3bcc0b5bc2c9' WHERE alembic_version_config.version_num = '5813202e92be';

COMMIT;

-- Running downgrade 3bcc0b5bc2c9 -> dbc44d5a908, Add allow_reload to ps_transports

-- WARNING: this drops column ps_transports.allow_reload with its values

BEGIN;

ALTER TABLE ps_transports DROP COLUMN allow_reload;

UPDATE alembic_version_config SET version_num='dbc44d5a908' WHERE alembic_version_config.version_num = '3bcc0b5bc2c9';

COMMIT;

-- Running downgrade dbc44d5a908 -> 423f34ad36e2, Add missing columns to system and registration

-- WARNING: this drops column ps_systems.disable_tcp_switch with its values

-- WARNING: this drops column ps_registrations.line with its values

-- WARNING: this drops column ps_registrations.endpoint with its values

BEGIN;

ALTER TABLE ps_systems DROP COLUMN disable_tcp_switch;

ALTER TABLE ps_registrations DROP COLUMN line;

ALTER TABLE ps_registrations DROP COLUMN endpoint;

UPDATE alembic_version_config SET version_num='423f34ad36e2' WHERE alembic_version_config.version_num = 'dbc44d5a908';

COMMIT;

-- Running downgrade 423f34ad36e2 -> 136885b81223, fix pjsip qualify timeout

-- WARNING: this rounds ps_aors.qualify_timeout to integer

-- WARNING: this limits ps_aors.qualify_timeout to the range of integer

-- WARNING: this rounds ps_contacts.qualify_timeout to integer

-- WARNING: this limits ps_contacts.qualify_timeout to the range of integer

BEGIN;

ALTER TABLE ps_aors ALTER COLUMN qualify_timeout TYPE INTEGER;

ALTER TABLE ps_contacts ALTER COLUMN qualify_timeout TYPE INTEGER;

UPDATE alembic_version_config SET version_num='136885b81223' WHERE alembic_version_config.version_num = '423f34ad36e2';

COMMIT;

-- Running downgrade 136885b81223 -> 26d7f3bf0fa5, add regcontext to pjsip

-- WARNING: this drops column ps_globals.regcontext with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN regcontext;

UPDATE alembic_version_config SET version_num='26d7f3bf0fa5' WHERE alembic_version_config.version_num = '136885b81223';

COMMIT;

-- Running downgrade 26d7f3bf0fa5 -> 2d078ec071b7, add bind_rtp_to_media_address to pjsip

-- WARNING: this drops column ps_endpoints.bind_rtp_to_media_address with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN bind_rtp_to_media_address;

UPDATE alembic_version_config SET version_num='2d078ec071b7' WHERE alembic_version_config.version_num = '26d7f3bf0fa5';

COMMIT;

-- Running downgrade 2d078ec071b7 -> 189a235b3fd7, increaes_contact_column_size

-- WARNING: this narrows ps_aors.contact to 40 characters

BEGIN;

ALTER TABLE ps_aors ALTER COLUMN contact TYPE VARCHAR(40);

UPDATE alembic_version_config SET version_num='189a235b3fd7' WHERE alembic_version_config.version_num = '2d078ec071b7';

COMMIT;

-- Running downgrade 189a235b3fd7 -> 339a3bdf53fc, add_keep_alive_interval

-- WARNING: this drops column ps_globals.keep_alive_interval with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN keep_alive_interval;

UPDATE alembic_version_config SET version_num='339a3bdf53fc' WHERE alembic_version_config.version_num = '189a235b3fd7';

COMMIT;

-- Running downgrade 339a3bdf53fc -> 28ce1e718f05, expand accountcode to 80

-- WARNING: this narrows ps_endpoints.accountcode to 20 characters

-- WARNING: this narrows sippeers.accountcode to 40 characters

-- WARNING: this narrows iaxfriends.accountcode to 20 characters

BEGIN;

ALTER TABLE ps_endpoints ALTER COLUMN accountcode TYPE VARCHAR(20);

ALTER TABLE sippeers ALTER COLUMN accountcode TYPE VARCHAR(40);

ALTER TABLE iaxfriends ALTER COLUMN accountcode TYPE VARCHAR(20);

UPDATE alembic_version_config SET version_num='28ce1e718f05' WHERE alembic_version_config.version_num = '339a3bdf53fc';

COMMIT;

-- Running downgrade 28ce1e718f05 -> 154177371065, add fatal_response_interval

-- WARNING: this drops column ps_registrations.fatal_retry_interval with its values

BEGIN;

ALTER TABLE ps_registrations DROP COLUMN fatal_retry_interval;

UPDATE alembic_version_config SET version_num='154177371065' WHERE alembic_version_config.version_num = '28ce1e718f05';

COMMIT;

-- Running downgrade 154177371065 -> 26f10cadc157, add default_from_user

-- WARNING: this drops column ps_globals.default_from_user with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN default_from_user;

UPDATE alembic_version_config SET version_num='26f10cadc157' WHERE alembic_version_config.version_num = '154177371065';

COMMIT;

-- Running downgrade 26f10cadc157 -> 498357a710ae, add pjsip timeout options

-- WARNING: this drops column ps_endpoints.rtp_timeout with its values

-- WARNING: this drops column ps_endpoints.rtp_timeout_hold with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN rtp_timeout;

ALTER TABLE ps_endpoints DROP COLUMN rtp_timeout_hold;

UPDATE alembic_version_config SET version_num='498357a710ae' WHERE alembic_version_config.version_num = '26f10cadc157';

COMMIT;

-- Running downgrade 498357a710ae -> 28b8e71e541f, Add RTP keepalive

-- WARNING: this drops column ps_endpoints.rtp_keepalive with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN rtp_keepalive;

UPDATE alembic_version_config SET version_num='28b8e71e541f' WHERE alembic_version_config.version_num = '498357a710ae';

COMMIT;

-- Running downgrade 28b8e71e541f -> a541e0b5e89, add g726_non_standard

-- WARNING: this drops column ps_endpoints.g726_non_standard with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN g726_non_standard;

UPDATE alembic_version_config SET version_num='a541e0b5e89' WHERE alembic_version_config.version_num = '28b8e71e541f';

COMMIT;

-- Running downgrade a541e0b5e89 -> 461d7d691209, add pjsip max_initial_qualify_time

-- WARNING: this drops column ps_globals.max_initial_qualify_time with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN max_initial_qualify_time;

UPDATE alembic_version_config SET version_num='461d7d691209' WHERE alembic_version_config.version_num = 'a541e0b5e89';

COMMIT;

-- Running downgrade 461d7d691209 -> 31cd4f4891ec, add pjsip qualify_timeout

-- WARNING: this drops column ps_aors.qualify_timeout with its values

-- WARNING: this drops column ps_contacts.qualify_timeout with its values

BEGIN;

ALTER TABLE ps_aors DROP COLUMN qualify_timeout;

ALTER TABLE ps_contacts DROP COLUMN qualify_timeout;

UPDATE alembic_version_config SET version_num='31cd4f4891ec' WHERE alembic_version_config.version_num = '461d7d691209';

COMMIT;

-- Running downgrade 31cd4f4891ec -> 23530d604b96, Add auto DTMF mode

-- WARNING: this limits ps_endpoints.dtmf_mode to the values rfc4733, inband, info

BEGIN;

CREATE TYPE pjsip_dtmf_mode_values AS ENUM ('rfc4733', 'inband', 'info');

ALTER TABLE ps_endpoints ALTER COLUMN dtmf_mode TYPE pjsip_dtmf_mode_values USING dtmf_mode::text::pjsip_dtmf_mode_values;

DROP TYPE pjsip_dtmf_mode_values_v2;

UPDATE alembic_version_config SET version_num='23530d604b96' WHERE alembic_version_config.version_num = '31cd4f4891ec';

COMMIT;

-- Running downgrade 23530d604b96 -> 45e3f47c6c44, add rpid_immediate

-- WARNING: this drops column ps_endpoints.rpid_immediate with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN rpid_immediate;

UPDATE alembic_version_config SET version_num='45e3f47c6c44' WHERE alembic_version_config.version_num = '23530d604b96';

COMMIT;

-- Running downgrade 45e3f47c6c44 -> 945b1098bdd, add pjsip endpoint_identifier_order

-- WARNING: this drops column ps_globals.endpoint_identifier_order with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN endpoint_identifier_order;

UPDATE alembic_version_config SET version_num='945b1098bdd' WHERE alembic_version_config.version_num = '45e3f47c6c44';

COMMIT;

-- Running downgrade 945b1098bdd -> 15b1430ad6f1, add media encryption optimistic to pjsip

-- WARNING: this drops column ps_endpoints.media_encryption_optimistic with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN media_encryption_optimistic;

UPDATE alembic_version_config SET version_num='15b1430ad6f1' WHERE alembic_version_config.version_num = '945b1098bdd';

COMMIT;

-- Running downgrade 15b1430ad6f1 -> 371a3bf4143e, add moh passthrough option to pjsip

-- WARNING: this drops column ps_endpoints.moh_passthrough with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN moh_passthrough;

UPDATE alembic_version_config SET version_num='371a3bf4143e' WHERE alembic_version_config.version_num = '15b1430ad6f1';

COMMIT;

-- Running downgrade 371a3bf4143e -> 10aedae86a32, add user_eq_phone option to pjsip

-- WARNING: this drops column ps_endpoints.user_eq_phone with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN user_eq_phone;

UPDATE alembic_version_config SET version_num='10aedae86a32' WHERE alembic_version_config.version_num = '371a3bf4143e';

COMMIT;

-- Running downgrade 10aedae86a32 -> 5950038a6ead, Add Outgoing enum value to sippeers directmedia

-- WARNING: this sets sippeers.directmedia to NULL

-- WARNING: this limits sippeers.directmedia to the values yes, no, nonat, update

BEGIN;

UPDATE sippeers SET directmedia = NULL WHERE directmedia IN ('outgoing');

CREATE TYPE sip_directmedia_values AS ENUM ('yes', 'no', 'nonat', 'update');

ALTER TABLE sippeers ALTER COLUMN directmedia TYPE sip_directmedia_values USING directmedia::text::sip_directmedia_values;

DROP TYPE sip_directmedia_values_v2;

UPDATE alembic_version_config SET version_num='5950038a6ead' WHERE alembic_version_config.version_num = '10aedae86a32';

COMMIT;

-- Running downgrade 5950038a6ead -> d39508cb8d8, Fix pjsip transports verify column

BEGIN;

ALTER TABLE ps_transports ALTER COLUMN verify_server TYPE yesno_values USING verify_server::text::yesno_values;

ALTER TABLE ps_transports RENAME verify_server TO verifiy_server;

UPDATE alembic_version_config SET version_num='d39508cb8d8' WHERE alembic_version_config.version_num = '5950038a6ead';

COMMIT;

-- Running downgrade d39508cb8d8 -> 5139253c0423, Create queue_rules

-- WARNING: this drops table queue_rules with its rows

BEGIN;

DROP TABLE queue_rules;

UPDATE alembic_version_config SET version_num='5139253c0423' WHERE alembic_version_config.version_num = 'd39508cb8d8';

COMMIT;

-- Running downgrade 5139253c0423 -> 1758e8bbf6b, make q member uniqueid autoinc

-- WARNING: this drops column queue_members.uniqueid with its values

BEGIN;

ALTER TABLE queue_members DROP COLUMN uniqueid;

ALTER TABLE queue_members ADD COLUMN uniqueid VARCHAR(80) NOT NULL;

UPDATE alembic_version_config SET version_num='1758e8bbf6b' WHERE alembic_version_config.version_num = '5139253c0423';

COMMIT;

-- Running downgrade 1758e8bbf6b -> 1d50859ed02e, increase useragent column size

-- WARNING: this narrows sippeers.useragent to 20 characters

BEGIN;

ALTER TABLE sippeers ALTER COLUMN useragent TYPE VARCHAR(20);

UPDATE alembic_version_config SET version_num='1d50859ed02e' WHERE alembic_version_config.version_num = '1758e8bbf6b';

COMMIT;

-- Running downgrade 1d50859ed02e -> 51f8cb66540e, create accountcode

-- WARNING: this drops column ps_endpoints.accountcode with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN accountcode;

UPDATE alembic_version_config SET version_num='51f8cb66540e' WHERE alembic_version_config.version_num = '1d50859ed02e';

COMMIT;

-- Running downgrade 51f8cb66540e -> c6d929b23a8, add further dtls options

-- WARNING: this drops column ps_endpoints.force_avp with its values

-- WARNING: this drops column ps_endpoints.media_use_received_transport with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN force_avp;

ALTER TABLE ps_endpoints DROP COLUMN media_use_received_transport;

UPDATE alembic_version_config SET version_num='c6d929b23a8' WHERE alembic_version_config.version_num = '51f8cb66540e';

COMMIT;

-- Running downgrade c6d929b23a8 -> e96a0b8071c, create pjsip subscription persistence table

-- WARNING: this drops table ps_subscription_persistence with its rows

BEGIN;

DROP TABLE ps_subscription_persistence;

UPDATE alembic_version_config SET version_num='e96a0b8071c' WHERE alembic_version_config.version_num = 'c6d929b23a8';

COMMIT;

-- Running downgrade e96a0b8071c -> 3855ee4e5f85, increase pjsip columns size

-- WARNING: this narrows ps_globals.user_agent to 40 characters

-- WARNING: this narrows ps_contacts.id to 40 characters

-- WARNING: this narrows ps_contacts.uri to 40 characters

-- WARNING: this narrows ps_contacts.user_agent to 40 characters

-- WARNING: this narrows ps_registrations.client_uri to 40 characters

-- WARNING: this narrows ps_registrations.server_uri to 40 characters

BEGIN;

ALTER TABLE ps_globals ALTER COLUMN user_agent TYPE VARCHAR(40);

ALTER TABLE ps_contacts ALTER COLUMN id TYPE VARCHAR(40);

ALTER TABLE ps_contacts ALTER COLUMN uri TYPE VARCHAR(40);

ALTER TABLE ps_contacts ALTER COLUMN user_agent TYPE VARCHAR(40);

ALTER TABLE ps_registrations ALTER COLUMN client_uri TYPE VARCHAR(40);

ALTER TABLE ps_registrations ALTER COLUMN server_uri TYPE VARCHAR(40);

UPDATE alembic_version_config SET version_num='3855ee4e5f85' WHERE alembic_version_config.version_num = 'e96a0b8071c';

COMMIT;

-- Running downgrade 3855ee4e5f85 -> 4c573e7135bd, add_missing_pjsip_options

-- WARNING: this drops column ps_contacts.user_agent with its values

-- WARNING: this drops column ps_endpoints.message_context with its values

BEGIN;

ALTER TABLE ps_contacts DROP COLUMN user_agent;

ALTER TABLE ps_endpoints DROP COLUMN message_context;

UPDATE alembic_version_config SET version_num='4c573e7135bd' WHERE alembic_version_config.version_num = '3855ee4e5f85';

COMMIT;

-- Running downgrade 4c573e7135bd -> 28887f25a46f, Fix tos and cos field types

-- WARNING: this drops column ps_endpoints.tos_audio with its values

-- WARNING: this drops column ps_endpoints.tos_video with its values

-- WARNING: this drops column ps_endpoints.cos_audio with its values

-- WARNING: this drops column ps_endpoints.cos_video with its values

-- WARNING: this drops column ps_transports.tos with its values

-- WARNING: this drops column ps_transports.cos with its values

BEGIN;

ALTER TABLE ps_endpoints DROP COLUMN tos_audio;

ALTER TABLE ps_endpoints DROP COLUMN tos_video;

ALTER TABLE ps_endpoints ADD COLUMN tos_audio yesno_values;

ALTER TABLE ps_endpoints ADD COLUMN tos_video yesno_values;

ALTER TABLE ps_endpoints DROP COLUMN cos_audio;

ALTER TABLE ps_endpoints DROP COLUMN cos_video;

ALTER TABLE ps_endpoints ADD COLUMN cos_audio yesno_values;

ALTER TABLE ps_endpoints ADD COLUMN cos_video yesno_values;

ALTER TABLE ps_transports DROP COLUMN tos;

ALTER TABLE ps_transports ADD COLUMN tos yesno_values;

ALTER TABLE ps_transports DROP COLUMN cos;

ALTER TABLE ps_transports ADD COLUMN cos yesno_values;

UPDATE alembic_version_config SET version_num='28887f25a46f' WHERE alembic_version_config.version_num = '4c573e7135bd';

COMMIT;

-- Running downgrade 28887f25a46f -> 21e526ad3040, Create queue tables

-- WARNING: this drops table queues with its rows

-- WARNING: this drops table queue_members with its rows

BEGIN;

DROP TABLE queues;

DROP TABLE queue_members;

DROP TYPE queue_strategy_values;

DROP TYPE queue_autopause_values;

UPDATE alembic_version_config SET version_num='21e526ad3040' WHERE alembic_version_config.version_num = '28887f25a46f';

COMMIT;

-- Running downgrade 21e526ad3040 -> 2fc7930b41b3, add pjsip debug option

-- WARNING: this drops column ps_globals.debug with its values

BEGIN;

ALTER TABLE ps_globals DROP COLUMN debug;

UPDATE alembic_version_config SET version_num='2fc7930b41b3' WHERE alembic_version_config.version_num = '21e526ad3040';

COMMIT;

-- Running downgrade 2fc7930b41b3 -> 581a4264e537, Add/Update tables for pjsip

-- WARNING: this drops column ps_aors.support_path with its values

-- WARNING: this drops column ps_aors.outbound_proxy with its values

-- WARNING: this drops column ps_aors.maximum_expiration with its values

-- WARNING: this drops column ps_contacts.path with its values

-- WARNING: this drops column ps_contacts.outbound_proxy with its values

-- WARNING: this drops column ps_endpoints.set_var with its values

-- WARNING: this drops column ps_endpoints.redirect_method with its values

-- WARNING: this drops column ps_endpoints.media_address with its values

-- WARNING: this drops table ps_registrations with its rows

-- WARNING: this drops table ps_transports with its rows

-- WARNING: this drops table ps_globals with its rows

-- WARNING: this drops table ps_systems with its rows

BEGIN;

ALTER TABLE ps_aors DROP COLUMN support_path;

ALTER TABLE ps_aors DROP COLUMN outbound_proxy;

ALTER TABLE ps_aors DROP COLUMN maximum_expiration;

ALTER TABLE ps_contacts DROP COLUMN path;

ALTER TABLE ps_contacts DROP COLUMN outbound_proxy;

ALTER TABLE ps_endpoints RENAME mwi_from_user TO mwi_fromuser;

ALTER TABLE ps_endpoints DROP COLUMN set_var;

ALTER TABLE ps_endpoints DROP COLUMN redirect_method;

ALTER TABLE ps_endpoints DROP COLUMN media_address;

DROP TABLE ps_registrations;

DROP TABLE ps_transports;

DROP TABLE ps_globals;

DROP TABLE ps_systems;

DROP TYPE pjsip_transport_protocol_values;

DROP TYPE pjsip_transport_method_values;

DROP TYPE pjsip_redirect_method_values;

UPDATE alembic_version_config SET version_num='581a4264e537' WHERE alembic_version_config.version_num = '2fc7930b41b3';

COMMIT;

-- Running downgrade 581a4264e537 -> 43956d550a44, adding extensions

-- WARNING: this drops table extensions with its rows

BEGIN;

DROP TABLE extensions;

UPDATE alembic_version_config SET version_num='43956d550a44' WHERE alembic_version_config.version_num = '581a4264e537';

COMMIT;

-- Running downgrade 43956d550a44 -> 4da0c5f79a9c, Add tables for pjsip

-- WARNING: this drops table ps_endpoints with its rows

-- WARNING: this drops table ps_auths with its rows

-- WARNING: this drops table ps_aors with its rows

-- WARNING: this drops table ps_contacts with its rows

-- WARNING: this drops table ps_domain_aliases with its rows

-- WARNING: this drops table ps_endpoint_id_ips with its rows

BEGIN;

DROP TABLE ps_endpoints;

DROP TABLE ps_auths;

DROP TABLE ps_aors;

DROP TABLE ps_contacts;

DROP TABLE ps_domain_aliases;

DROP TABLE ps_endpoint_id_ips;

DROP TYPE yesno_values;

DROP TYPE pjsip_100rel_values;

DROP TYPE pjsip_auth_type_values;

DROP TYPE pjsip_cid_privacy_values;

DROP TYPE pjsip_connected_line_method_values;

DROP TYPE pjsip_direct_media_glare_mitigation_values;

DROP TYPE pjsip_dtls_setup_values;

DROP TYPE pjsip_dtmf_mode_values;

DROP TYPE pjsip_identify_by_values;

DROP TYPE pjsip_media_encryption_values;

DROP TYPE pjsip_t38udptl_ec_values;

DROP TYPE pjsip_timer_values;

UPDATE alembic_version_config SET version_num='4da0c5f79a9c' WHERE alembic_version_config.version_num = '43956d550a44';

COMMIT;

-- Running downgrade 4da0c5f79a9c -> , Create tables

-- WARNING: this drops table sippeers with its rows

-- WARNING: this drops table iaxfriends with its rows

-- WARNING: this drops table voicemail with its rows

-- WARNING: this drops table meetme with its rows

-- WARNING: this drops table musiconhold with its rows

BEGIN;

DROP TABLE sippeers;

DROP TABLE iaxfriends;

DROP TABLE voicemail;

DROP TABLE meetme;

DROP TABLE musiconhold;

DROP TYPE type_values;

DROP TYPE yes_no_values;

DROP TYPE sip_transport_values;

DROP TYPE sip_dtmfmode_values;

DROP TYPE sip_directmedia_values;

DROP TYPE sip_progressinband_values;

DROP TYPE sip_session_timers_values;

DROP TYPE sip_session_refresher_values;

DROP TYPE sip_callingpres_values;

DROP TYPE iax_requirecalltoken_values;

DROP TYPE iax_encryption_values;

DROP TYPE iax_transfer_values;

DROP TYPE moh_mode_values;

DELETE FROM alembic_version_config WHERE alembic_version_config.version_num = '4da0c5f79a9c';

COMMIT;

