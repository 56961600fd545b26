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

-- Running upgrade 43956d550a44 -> 581a4264e537, adding extensions

BEGIN;

CREATE TABLE extensions (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    context VARCHAR(40) NOT NULL, 
    exten VARCHAR(40) NOT NULL, 
    priority INTEGER NOT NULL, 
    app VARCHAR(40) NOT NULL, 
    appdata VARCHAR(256) NOT NULL, 
    UNIQUE (id), 
    UNIQUE (context, exten, priority)
);

UPDATE alembic_version_config SET version_num='581a4264e537' WHERE alembic_version_config.version_num = '43956d550a44';

COMMIT;

-- Running upgrade 581a4264e537 -> 2fc7930b41b3, Add/Update tables for pjsip

BEGIN;

CREATE TABLE ps_systems (
    id VARCHAR(40) NOT NULL, 
    timer_t1 INTEGER, 
    timer_b INTEGER, 
    compact_headers VARCHAR(3) CHECK (compact_headers IN ('yes', 'no')), 
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'sslv2', 'sslv3', 'sslv23')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(3) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss')), 
    require_client_cert VARCHAR(3) CHECK (require_client_cert IN ('yes', 'no')), 
    verify_client VARCHAR(3) CHECK (verify_client IN ('yes', 'no')), 
    verifiy_server VARCHAR(3) CHECK (verifiy_server IN ('yes', 'no')), 
    tos VARCHAR(3) CHECK (tos IN ('yes', 'no')), 
    cos VARCHAR(3) CHECK (cos IN ('yes', 'no')), 
    UNIQUE (id)
);

CREATE INDEX ps_transports_id ON ps_transports (id);

CREATE TABLE ps_registrations (
    id VARCHAR(40) NOT NULL, 
    auth_rejection_permanent VARCHAR(3) CHECK (auth_rejection_permanent IN ('yes', 'no')), 
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
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    UNIQUE (id)
);

CREATE INDEX ps_registrations_id ON ps_registrations (id);

ALTER TABLE ps_endpoints ADD COLUMN media_address VARCHAR(40);

ALTER TABLE ps_endpoints ADD COLUMN redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip'));

ALTER TABLE ps_endpoints ADD COLUMN set_var TEXT;

ALTER TABLE ps_endpoints RENAME COLUMN mwi_fromuser TO mwi_from_user;

ALTER TABLE ps_contacts ADD COLUMN outbound_proxy VARCHAR(40);

ALTER TABLE ps_contacts ADD COLUMN path TEXT;

ALTER TABLE ps_aors ADD COLUMN maximum_expiration INTEGER;

ALTER TABLE ps_aors ADD COLUMN outbound_proxy VARCHAR(40);

ALTER TABLE ps_aors ADD COLUMN support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='2fc7930b41b3' WHERE alembic_version_config.version_num = '581a4264e537';

COMMIT;

-- Running upgrade 2fc7930b41b3 -> 21e526ad3040, add pjsip debug option

BEGIN;

ALTER TABLE ps_globals ADD COLUMN debug VARCHAR(40);

UPDATE alembic_version_config SET version_num='21e526ad3040' WHERE alembic_version_config.version_num = '2fc7930b41b3';

COMMIT;

-- Running upgrade 21e526ad3040 -> 28887f25a46f, Create queue tables

BEGIN;

CREATE TABLE queues (
    name VARCHAR(128) NOT NULL, 
    musiconhold VARCHAR(128), 
    announce VARCHAR(128), 
    context VARCHAR(128), 
    timeout INTEGER, 
    ringinuse VARCHAR(3) CHECK (ringinuse IN ('yes', 'no')), 
    setinterfacevar VARCHAR(3) CHECK (setinterfacevar IN ('yes', 'no')), 
    setqueuevar VARCHAR(3) CHECK (setqueuevar IN ('yes', 'no')), 
    setqueueentryvar VARCHAR(3) CHECK (setqueueentryvar IN ('yes', 'no')), 
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
    announce_to_first_user VARCHAR(3) CHECK (announce_to_first_user IN ('yes', 'no')), 
    min_announce_frequency INTEGER, 
    announce_round_seconds INTEGER, 
    announce_holdtime VARCHAR(128), 
    announce_position VARCHAR(128), 
    announce_position_limit INTEGER, 
    periodic_announce VARCHAR(50), 
    periodic_announce_frequency INTEGER, 
    relative_periodic_announce VARCHAR(3) CHECK (relative_periodic_announce IN ('yes', 'no')), 
    random_periodic_announce VARCHAR(3) CHECK (random_periodic_announce IN ('yes', 'no')), 
    retry INTEGER, 
    wrapuptime INTEGER, 
    penaltymemberslimit INTEGER, 
    autofill VARCHAR(3) CHECK (autofill IN ('yes', 'no')), 
    monitor_type VARCHAR(128), 
    autopause VARCHAR(3) CHECK (autopause IN ('yes', 'no', 'all')), 
    autopausedelay INTEGER, 
    autopausebusy VARCHAR(3) CHECK (autopausebusy IN ('yes', 'no')), 
    autopauseunavail VARCHAR(3) CHECK (autopauseunavail IN ('yes', 'no')), 
    maxlen INTEGER, 
    servicelevel INTEGER, 
    strategy VARCHAR(11) CHECK (strategy IN ('ringall', 'leastrecent', 'fewestcalls', 'random', 'rrmemory', 'linear', 'wrandom', 'rrordered')), 
    joinempty VARCHAR(128), 
    leavewhenempty VARCHAR(128), 
    reportholdtime VARCHAR(3) CHECK (reportholdtime IN ('yes', 'no')), 
    memberdelay INTEGER, 
    weight INTEGER, 
    timeoutrestart VARCHAR(3) CHECK (timeoutrestart IN ('yes', 'no')), 
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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, cos_audio, cos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, cos_audio, cos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

ALTER TABLE ps_endpoints DROP COLUMN cos_audio;

ALTER TABLE ps_endpoints DROP COLUMN cos_video;

ALTER TABLE ps_endpoints ADD COLUMN cos_audio INTEGER;

ALTER TABLE ps_endpoints ADD COLUMN cos_video INTEGER;

CREATE TABLE ast_schema_rebuild_ps_transports (
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'sslv2', 'sslv3', 'sslv23')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(3) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss')), 
    require_client_cert VARCHAR(3) CHECK (require_client_cert IN ('yes', 'no')), 
    verify_client VARCHAR(3) CHECK (verify_client IN ('yes', 'no')), 
    verifiy_server VARCHAR(3) CHECK (verifiy_server IN ('yes', 'no')), 
    tos VARCHAR(10), 
    cos VARCHAR(3) CHECK (cos IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_transports (id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verifiy_server, tos, cos) SELECT id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verifiy_server, tos, cos FROM ps_transports;

DROP TABLE ps_transports;

ALTER TABLE ast_schema_rebuild_ps_transports RENAME TO ps_transports;

CREATE INDEX ps_transports_id ON ps_transports (id);

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

CREATE TABLE ast_schema_rebuild_ps_globals (
    id VARCHAR(40) NOT NULL, 
    max_forwards INTEGER, 
    user_agent VARCHAR(255), 
    default_outbound_endpoint VARCHAR(40), 
    debug VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_globals (id, max_forwards, user_agent, default_outbound_endpoint, debug) SELECT id, max_forwards, user_agent, default_outbound_endpoint, debug FROM ps_globals;

DROP TABLE ps_globals;

ALTER TABLE ast_schema_rebuild_ps_globals RENAME TO ps_globals;

CREATE INDEX ps_globals_id ON ps_globals (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE TABLE ast_schema_rebuild_ps_registrations (
    id VARCHAR(40) NOT NULL, 
    auth_rejection_permanent VARCHAR(3) CHECK (auth_rejection_permanent IN ('yes', 'no')), 
    client_uri VARCHAR(255), 
    contact_user VARCHAR(40), 
    expiration INTEGER, 
    max_retries INTEGER, 
    outbound_auth VARCHAR(40), 
    outbound_proxy VARCHAR(40), 
    retry_interval INTEGER, 
    forbidden_retry_interval INTEGER, 
    server_uri VARCHAR(255), 
    transport VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_registrations (id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path) SELECT id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path FROM ps_registrations;

DROP TABLE ps_registrations;

ALTER TABLE ast_schema_rebuild_ps_registrations RENAME TO ps_registrations;

CREATE INDEX ps_registrations_id ON ps_registrations (id);

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

ALTER TABLE ps_endpoints ADD COLUMN force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no'));

ALTER TABLE ps_endpoints ADD COLUMN media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='51f8cb66540e' WHERE alembic_version_config.version_num = 'c6d929b23a8';

COMMIT;

-- Running upgrade 51f8cb66540e -> 1d50859ed02e, create accountcode

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN accountcode VARCHAR(20);

UPDATE alembic_version_config SET version_num='1d50859ed02e' WHERE alembic_version_config.version_num = '51f8cb66540e';

COMMIT;

-- Running upgrade 1d50859ed02e -> 1758e8bbf6b, increase useragent column size

BEGIN;

CREATE TABLE ast_schema_rebuild_sippeers (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    name VARCHAR(40) NOT NULL, 
    ipaddr VARCHAR(45), 
    port INTEGER, 
    regseconds INTEGER, 
    defaultuser VARCHAR(40), 
    fullcontact VARCHAR(80), 
    regserver VARCHAR(20), 
    useragent VARCHAR(255), 
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

INSERT INTO ast_schema_rebuild_sippeers (id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath) SELECT id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath FROM sippeers;

DROP TABLE sippeers;

ALTER TABLE ast_schema_rebuild_sippeers RENAME TO sippeers;

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

UPDATE alembic_version_config SET version_num='1758e8bbf6b' WHERE alembic_version_config.version_num = '1d50859ed02e';

COMMIT;

-- Running upgrade 1758e8bbf6b -> 5139253c0423, make q member uniqueid autoinc

BEGIN;

ALTER TABLE queue_members DROP COLUMN uniqueid;

CREATE TABLE ast_schema_rebuild_queue_members (
    queue_name VARCHAR(80) NOT NULL, 
    interface VARCHAR(80) NOT NULL, 
    membername VARCHAR(80), 
    state_interface VARCHAR(80), 
    penalty INTEGER, 
    paused INTEGER, 
    uniqueid INTEGER NOT NULL, 
    PRIMARY KEY (queue_name, interface), 
    UNIQUE (uniqueid)
);

INSERT INTO ast_schema_rebuild_queue_members (queue_name, interface, membername, state_interface, penalty, paused) SELECT queue_name, interface, membername, state_interface, penalty, paused FROM queue_members;

DROP TABLE queue_members;

ALTER TABLE ast_schema_rebuild_queue_members RENAME TO queue_members;

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

ALTER TABLE ps_transports RENAME COLUMN verifiy_server TO verify_server;

UPDATE alembic_version_config SET version_num='5950038a6ead' WHERE alembic_version_config.version_num = 'd39508cb8d8';

COMMIT;

-- Running upgrade 5950038a6ead -> 10aedae86a32, Add Outgoing enum value to sippeers directmedia

BEGIN;

CREATE TABLE ast_schema_rebuild_sippeers (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    name VARCHAR(40) NOT NULL, 
    ipaddr VARCHAR(45), 
    port INTEGER, 
    regseconds INTEGER, 
    defaultuser VARCHAR(40), 
    fullcontact VARCHAR(80), 
    regserver VARCHAR(20), 
    useragent VARCHAR(255), 
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
    directmedia VARCHAR(8) CHECK (directmedia IN ('yes', 'no', 'nonat', 'update', 'outgoing')), 
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

INSERT INTO ast_schema_rebuild_sippeers (id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath) SELECT id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath FROM sippeers;

DROP TABLE sippeers;

ALTER TABLE ast_schema_rebuild_sippeers RENAME TO sippeers;

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

UPDATE alembic_version_config SET version_num='10aedae86a32' WHERE alembic_version_config.version_num = '5950038a6ead';

COMMIT;

-- Running upgrade 10aedae86a32 -> 371a3bf4143e, add user_eq_phone option to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='371a3bf4143e' WHERE alembic_version_config.version_num = '10aedae86a32';

COMMIT;

-- Running upgrade 371a3bf4143e -> 15b1430ad6f1, add moh passthrough option to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='15b1430ad6f1' WHERE alembic_version_config.version_num = '371a3bf4143e';

COMMIT;

-- Running upgrade 15b1430ad6f1 -> 945b1098bdd, add media encryption optimistic to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='945b1098bdd' WHERE alembic_version_config.version_num = '15b1430ad6f1';

COMMIT;

-- Running upgrade 945b1098bdd -> 45e3f47c6c44, add pjsip endpoint_identifier_order

BEGIN;

ALTER TABLE ps_globals ADD COLUMN endpoint_identifier_order VARCHAR(40);

UPDATE alembic_version_config SET version_num='45e3f47c6c44' WHERE alembic_version_config.version_num = '945b1098bdd';

COMMIT;

-- Running upgrade 45e3f47c6c44 -> 23530d604b96, add rpid_immediate

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='23530d604b96' WHERE alembic_version_config.version_num = '45e3f47c6c44';

COMMIT;

-- Running upgrade 23530d604b96 -> 31cd4f4891ec, Add auto DTMF mode

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(7) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(20), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

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

ALTER TABLE ps_endpoints ADD COLUMN g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no'));

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(7) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ast_schema_rebuild_sippeers (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    name VARCHAR(40) NOT NULL, 
    ipaddr VARCHAR(45), 
    port INTEGER, 
    regseconds INTEGER, 
    defaultuser VARCHAR(40), 
    fullcontact VARCHAR(80), 
    regserver VARCHAR(20), 
    useragent VARCHAR(255), 
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
    directmedia VARCHAR(8) CHECK (directmedia IN ('yes', 'no', 'nonat', 'update', 'outgoing')), 
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
    accountcode VARCHAR(80), 
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

INSERT INTO ast_schema_rebuild_sippeers (id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath) SELECT id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath FROM sippeers;

DROP TABLE sippeers;

ALTER TABLE ast_schema_rebuild_sippeers RENAME TO sippeers;

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

CREATE TABLE ast_schema_rebuild_iaxfriends (
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
    accountcode VARCHAR(80), 
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

INSERT INTO ast_schema_rebuild_iaxfriends (id, name, type, username, mailbox, secret, dbsecret, context, regcontext, host, ipaddr, port, defaultip, sourceaddress, mask, regexten, regseconds, accountcode, mohinterpret, mohsuggest, inkeys, outkeys, language, callerid, cid_number, sendani, fullname, trunk, auth, maxauthreq, requirecalltoken, encryption, transfer, jitterbuffer, forcejitterbuffer, disallow, allow, codecpriority, "qualify", qualifysmoothing, qualifyfreqok, qualifyfreqnotok, timezone, adsi, amaflags, setvar) SELECT id, name, type, username, mailbox, secret, dbsecret, context, regcontext, host, ipaddr, port, defaultip, sourceaddress, mask, regexten, regseconds, accountcode, mohinterpret, mohsuggest, inkeys, outkeys, language, callerid, cid_number, sendani, fullname, trunk, auth, maxauthreq, requirecalltoken, encryption, transfer, jitterbuffer, forcejitterbuffer, disallow, allow, codecpriority, "qualify", qualifysmoothing, qualifyfreqok, qualifyfreqnotok, timezone, adsi, amaflags, setvar FROM iaxfriends;

DROP TABLE iaxfriends;

ALTER TABLE ast_schema_rebuild_iaxfriends RENAME TO iaxfriends;

CREATE INDEX iaxfriends_name ON iaxfriends (name);

CREATE INDEX iaxfriends_name_host ON iaxfriends (name, host);

CREATE INDEX iaxfriends_name_ipaddr_port ON iaxfriends (name, ipaddr, port);

CREATE INDEX iaxfriends_ipaddr_port ON iaxfriends (ipaddr, port);

CREATE INDEX iaxfriends_host_port ON iaxfriends (host, port);

UPDATE alembic_version_config SET version_num='339a3bdf53fc' WHERE alembic_version_config.version_num = '28ce1e718f05';

COMMIT;

-- Running upgrade 339a3bdf53fc -> 189a235b3fd7, add_keep_alive_interval

BEGIN;

ALTER TABLE ps_globals ADD COLUMN keep_alive_interval INTEGER;

UPDATE alembic_version_config SET version_num='189a235b3fd7' WHERE alembic_version_config.version_num = '339a3bdf53fc';

COMMIT;

-- Running upgrade 189a235b3fd7 -> 2d078ec071b7, increaes_contact_column_size

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(40) NOT NULL, 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    qualify_timeout INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

UPDATE alembic_version_config SET version_num='2d078ec071b7' WHERE alembic_version_config.version_num = '189a235b3fd7';

COMMIT;

-- Running upgrade 2d078ec071b7 -> 26d7f3bf0fa5, add bind_rtp_to_media_address to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='26d7f3bf0fa5' WHERE alembic_version_config.version_num = '2d078ec071b7';

COMMIT;

-- Running upgrade 26d7f3bf0fa5 -> 136885b81223, add regcontext to pjsip

BEGIN;

ALTER TABLE ps_globals ADD COLUMN regcontext VARCHAR(80);

UPDATE alembic_version_config SET version_num='136885b81223' WHERE alembic_version_config.version_num = '26d7f3bf0fa5';

COMMIT;

-- Running upgrade 136885b81223 -> 423f34ad36e2, fix pjsip qualify timeout

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(40) NOT NULL, 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    qualify_timeout FLOAT, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

UPDATE alembic_version_config SET version_num='423f34ad36e2' WHERE alembic_version_config.version_num = '136885b81223';

COMMIT;

-- Running upgrade 423f34ad36e2 -> dbc44d5a908, Add missing columns to system and registration

BEGIN;

ALTER TABLE ps_systems ADD COLUMN disable_tcp_switch VARCHAR(3) CHECK (disable_tcp_switch IN ('yes', 'no'));

ALTER TABLE ps_registrations ADD COLUMN line VARCHAR(3) CHECK (line IN ('yes', 'no'));

ALTER TABLE ps_registrations ADD COLUMN endpoint VARCHAR(40);

UPDATE alembic_version_config SET version_num='dbc44d5a908' WHERE alembic_version_config.version_num = '423f34ad36e2';

COMMIT;

-- Running upgrade dbc44d5a908 -> 3bcc0b5bc2c9, Add allow_reload to ps_transports

BEGIN;

ALTER TABLE ps_transports ADD COLUMN allow_reload VARCHAR(3) CHECK (allow_reload IN ('yes', 'no'));

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

ALTER TABLE ps_globals ADD COLUMN disable_multi_domain VARCHAR(3) CHECK (disable_multi_domain IN ('yes', 'no'));

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

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(20), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

UPDATE alembic_version_config SET version_num='81b01a191a46' WHERE alembic_version_config.version_num = '65eb22eb195';

COMMIT;

-- Running upgrade 81b01a191a46 -> 6be31516058d, ps_contacts add authenticate_qualify

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no'));

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

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN endpoint VARCHAR(40);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(20), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(40), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

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

ALTER TABLE ps_globals ADD COLUMN mwi_disable_initial_unsolicited VARCHAR(3) CHECK (mwi_disable_initial_unsolicited IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='c7a44a5a0851' WHERE alembic_version_config.version_num = '4a6c67fa9b7a';

COMMIT;

-- Running upgrade c7a44a5a0851 -> 3772f8f828da, update_identify_by

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(7) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(13) CHECK (identify_by IN ('username', 'auth_username')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

UPDATE alembic_version_config SET version_num='3772f8f828da' WHERE alembic_version_config.version_num = 'c7a44a5a0851';

COMMIT;

-- Running upgrade 3772f8f828da -> 4e2493ef32e6, Add contact_user to endpoint

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN contact_user VARCHAR(80);

UPDATE alembic_version_config SET version_num='4e2493ef32e6' WHERE alembic_version_config.version_num = '3772f8f828da';

COMMIT;

-- Running upgrade 4e2493ef32e6 -> 7f3e21abe318, add preferred_codec_only option to pjsip

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='7f3e21abe318' WHERE alembic_version_config.version_num = '4e2493ef32e6';

COMMIT;

-- Running upgrade 7f3e21abe318 -> a6ef36f1309, ps_globals add ignore_uri_user_options

BEGIN;

ALTER TABLE ps_globals ADD COLUMN ignore_uri_user_options VARCHAR(3) CHECK (ignore_uri_user_options IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='a6ef36f1309' WHERE alembic_version_config.version_num = '7f3e21abe318';

COMMIT;

-- Running upgrade a6ef36f1309 -> 4468b4a91372, add pjsip asymmetric rtp codec

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='4468b4a91372' WHERE alembic_version_config.version_num = 'a6ef36f1309';

COMMIT;

-- Running upgrade 4468b4a91372 -> 28ab27a7826d, add srv_lookups to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips ADD COLUMN srv_lookups VARCHAR(3) CHECK (srv_lookups IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='28ab27a7826d' WHERE alembic_version_config.version_num = '4468b4a91372';

COMMIT;

-- Running upgrade 28ab27a7826d -> 465e70e8c337, Add match_header attribute to identify

BEGIN;

ALTER TABLE ps_endpoint_id_ips ADD COLUMN match_header VARCHAR(255);

UPDATE alembic_version_config SET version_num='465e70e8c337' WHERE alembic_version_config.version_num = '28ab27a7826d';

COMMIT;

-- Running upgrade 465e70e8c337 -> 15db7b91a97a, empty message

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='15db7b91a97a' WHERE alembic_version_config.version_num = '465e70e8c337';

COMMIT;

-- Running upgrade 15db7b91a97a -> f638dbe2eb23, symmetric_transport

BEGIN;

ALTER TABLE ps_transports ADD COLUMN symmetric_transport VARCHAR(3) CHECK (symmetric_transport IN ('yes', 'no'));

ALTER TABLE ps_subscription_persistence ADD COLUMN contact_uri VARCHAR(256);

UPDATE alembic_version_config SET version_num='f638dbe2eb23' WHERE alembic_version_config.version_num = '15db7b91a97a';

COMMIT;

-- Running upgrade f638dbe2eb23 -> 8fce4c573e15, add pjsip allow_overlap

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no'));

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
    multi_user VARCHAR(3) CHECK (multi_user IN ('yes', 'no')), 
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
    device_state VARCHAR(3) CHECK (device_state IN ('yes', 'no')), 
    device_state_filter VARCHAR(256), 
    mailbox_state VARCHAR(3) CHECK (mailbox_state IN ('yes', 'no')), 
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
    full_state VARCHAR(3) CHECK (full_state IN ('yes', 'no')), 
    notification_batch_interval INTEGER, 
    UNIQUE (id)
);

CREATE INDEX ps_resource_list_id ON ps_resource_list (id);

UPDATE alembic_version_config SET version_num='1d0e332c32af' WHERE alembic_version_config.version_num = '2da192dbbc65';

COMMIT;

-- Running upgrade 1d0e332c32af -> 86bb1efa278d, add ps_endpoints.refer_blind_progress

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='86bb1efa278d' WHERE alembic_version_config.version_num = '1d0e332c32af';

COMMIT;

-- Running upgrade 86bb1efa278d -> d7983954dd96, add ps_endpoints.notify_early_inuse_ringing

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no'));

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(13) CHECK (identify_by IN ('username', 'auth_username')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

UPDATE alembic_version_config SET version_num='164abbd708c' WHERE alembic_version_config.version_num = '39959b9c2566';

COMMIT;

-- Running upgrade 164abbd708c -> 44ccced114ce, add webrtc option to ps_endpoints

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='44ccced114ce' WHERE alembic_version_config.version_num = '164abbd708c';

COMMIT;

-- Running upgrade 44ccced114ce -> f3d1c5d38b56, add_prune_on_boot

BEGIN;

ALTER TABLE ps_contacts ADD COLUMN prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='f3d1c5d38b56' WHERE alembic_version_config.version_num = '44ccced114ce';

COMMIT;

-- Running upgrade f3d1c5d38b56 -> b83645976fdd, add dtls_fingerprint to ps_endpoints

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256'));

UPDATE alembic_version_config SET version_num='b83645976fdd' WHERE alembic_version_config.version_num = 'f3d1c5d38b56';

COMMIT;

-- Running upgrade b83645976fdd -> a1698e8bb9c5, add_incoming_mwi_mailbox

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN incoming_mwi_mailbox VARCHAR(40);

UPDATE alembic_version_config SET version_num='a1698e8bb9c5' WHERE alembic_version_config.version_num = 'b83645976fdd';

COMMIT;

-- Running upgrade a1698e8bb9c5 -> 20abce6d1e3c, add pjsip identify by ip

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(13) CHECK (identify_by IN ('username', 'auth_username', 'ip')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

UPDATE alembic_version_config SET version_num='20abce6d1e3c' WHERE alembic_version_config.version_num = 'a1698e8bb9c5';

COMMIT;

-- Running upgrade 20abce6d1e3c -> de83fac997e2, add bundle to ps_endpoints

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='de83fac997e2' WHERE alembic_version_config.version_num = '20abce6d1e3c';

COMMIT;

-- Running upgrade de83fac997e2 -> 041c0d3d1857, add_dtls_auto_generate_cert

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='041c0d3d1857' WHERE alembic_version_config.version_num = 'de83fac997e2';

COMMIT;

-- Running upgrade 041c0d3d1857 -> e2f04d309071, add wrapuptime to queue_members

BEGIN;

ALTER TABLE queue_members ADD COLUMN wrapuptime INTEGER;

UPDATE alembic_version_config SET version_num='e2f04d309071' WHERE alembic_version_config.version_num = '041c0d3d1857';

COMMIT;

-- Running upgrade e2f04d309071 -> 52798ad97bdf, add pjsip identify by header

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

UPDATE alembic_version_config SET version_num='52798ad97bdf' WHERE alembic_version_config.version_num = 'e2f04d309071';

COMMIT;

-- Running upgrade 52798ad97bdf -> d3e4284f8707, add prune_on_boot to ps_subscription_persistence

BEGIN;

ALTER TABLE ps_subscription_persistence ADD COLUMN prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='d3e4284f8707' WHERE alembic_version_config.version_num = '52798ad97bdf';

COMMIT;

-- Running upgrade d3e4284f8707 -> 0be05c3a8225, Add early media options

BEGIN;

ALTER TABLE ps_systems ADD COLUMN follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no'));

ALTER TABLE ps_systems ADD COLUMN accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no'));

ALTER TABLE ps_endpoints ADD COLUMN follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no'));

ALTER TABLE ps_endpoints ADD COLUMN accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='0be05c3a8225' WHERE alembic_version_config.version_num = 'd3e4284f8707';

COMMIT;

-- Running upgrade 0be05c3a8225 -> 19b00bc19b7b, add suppress_q850_reason_headers to endpoint

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN suppress_q850_reason_header VARCHAR(3) CHECK (suppress_q850_reason_header IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='19b00bc19b7b' WHERE alembic_version_config.version_num = '0be05c3a8225';

COMMIT;

-- Running upgrade 19b00bc19b7b -> 1d3ed26d9978, Increase uri column size

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(511), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(20), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(40), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

UPDATE alembic_version_config SET version_num='1d3ed26d9978' WHERE alembic_version_config.version_num = '19b00bc19b7b';

COMMIT;

-- Running upgrade 1d3ed26d9978 -> fe6592859b85, Fix mwi_subscribe_replaces_unsolicited

-- WARNING: this narrows ps_endpoints.mwi_subscribe_replaces_unsolicited to 5 characters

-- WARNING: this limits ps_endpoints.mwi_subscribe_replaces_unsolicited to the values 0, 1, off, on, false, true, no, yes

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    suppress_q850_reason_header VARCHAR(3) CHECK (suppress_q850_reason_header IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_header) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_header FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

UPDATE alembic_version_config SET version_num='fe6592859b85' WHERE alembic_version_config.version_num = '1d3ed26d9978';

COMMIT;

-- Running upgrade fe6592859b85 -> 7f85dd44c775, fix suppress_q850_reason_headers

BEGIN;

ALTER TABLE ps_endpoints RENAME COLUMN suppress_q850_reason_header TO suppress_q850_reason_headers;

UPDATE alembic_version_config SET version_num='7f85dd44c775' WHERE alembic_version_config.version_num = 'fe6592859b85';

COMMIT;

-- Running upgrade 7f85dd44c775 -> 465f47f880be, add pjsip google voice sip options

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_transports (
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'sslv2', 'sslv3', 'sslv23')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(4) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss', 'flow')), 
    require_client_cert VARCHAR(3) CHECK (require_client_cert IN ('yes', 'no')), 
    verify_client VARCHAR(3) CHECK (verify_client IN ('yes', 'no')), 
    verify_server VARCHAR(3) CHECK (verify_server IN ('yes', 'no')), 
    tos VARCHAR(10), 
    cos INTEGER, 
    allow_reload VARCHAR(3) CHECK (allow_reload IN ('yes', 'no')), 
    symmetric_transport VARCHAR(3) CHECK (symmetric_transport IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_transports (id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport) SELECT id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport FROM ps_transports;

DROP TABLE ps_transports;

ALTER TABLE ast_schema_rebuild_ps_transports RENAME TO ps_transports;

CREATE INDEX ps_transports_id ON ps_transports (id);

CREATE TABLE ast_schema_rebuild_ps_auths (
    id VARCHAR(40) NOT NULL, 
    auth_type VARCHAR(12) CHECK (auth_type IN ('md5', 'userpass', 'google_oauth')), 
    nonce_lifetime INTEGER, 
    md5_cred VARCHAR(40), 
    password VARCHAR(80), 
    realm VARCHAR(40), 
    username VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_auths (id, auth_type, nonce_lifetime, md5_cred, password, realm, username) SELECT id, auth_type, nonce_lifetime, md5_cred, password, realm, username FROM ps_auths;

DROP TABLE ps_auths;

ALTER TABLE ast_schema_rebuild_ps_auths RENAME TO ps_auths;

CREATE INDEX ps_auths_id ON ps_auths (id);

ALTER TABLE ps_registrations ADD COLUMN support_outbound VARCHAR(5) CHECK (support_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

ALTER TABLE ps_registrations ADD COLUMN contact_header_params VARCHAR(255);

ALTER TABLE ps_auths ADD COLUMN refresh_token VARCHAR(255);

ALTER TABLE ps_auths ADD COLUMN oauth_clientid VARCHAR(255);

ALTER TABLE ps_auths ADD COLUMN oauth_secret VARCHAR(255);

UPDATE alembic_version_config SET version_num='465f47f880be' WHERE alembic_version_config.version_num = '7f85dd44c775';

COMMIT;

-- Running upgrade 465f47f880be -> 2bb1a85135ad, pjsip add use_callerid_contact

BEGIN;

ALTER TABLE ps_globals ADD COLUMN use_callerid_contact VARCHAR(5) CHECK (use_callerid_contact IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='2bb1a85135ad' WHERE alembic_version_config.version_num = '465f47f880be';

COMMIT;

-- Running upgrade 2bb1a85135ad -> 1ac563b350a8, add pjsip trust/send _connected_line

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

ALTER TABLE ps_endpoints ADD COLUMN send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='1ac563b350a8' WHERE alembic_version_config.version_num = '2bb1a85135ad';

COMMIT;

-- Running upgrade 1ac563b350a8 -> 0838f8db6a61, pjsip add send_contact_status_on_update_registration

BEGIN;

ALTER TABLE ps_globals ADD COLUMN send_contact_status_on_update_registration VARCHAR(5) CHECK (send_contact_status_on_update_registration IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='0838f8db6a61' WHERE alembic_version_config.version_num = '1ac563b350a8';

COMMIT;

-- Running upgrade 0838f8db6a61 -> f3c0b8695b66, taskprocessor_overload_trigger

BEGIN;

ALTER TABLE ps_globals ADD COLUMN taskprocessor_overload_trigger VARCHAR(10) CHECK (taskprocessor_overload_trigger IN ('none', 'global', 'pjsip_only'));

UPDATE alembic_version_config SET version_num='f3c0b8695b66' WHERE alembic_version_config.version_num = '0838f8db6a61';

COMMIT;

-- Running upgrade f3c0b8695b66 -> 80473bad3c16, ignore 183 without sdp

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='80473bad3c16' WHERE alembic_version_config.version_num = 'f3c0b8695b66';

COMMIT;

-- Running upgrade 80473bad3c16 -> 3a094a18e75b, pjsip add norefersub

BEGIN;

ALTER TABLE ps_globals ADD COLUMN norefersub VARCHAR(5) CHECK (norefersub IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

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

CREATE TABLE ast_schema_rebuild_musiconhold_entry (
    name VARCHAR(80) NOT NULL, 
    position INTEGER NOT NULL, 
    entry VARCHAR(1024) NOT NULL, 
    PRIMARY KEY (name, position), 
    CONSTRAINT fk_musiconhold_entry_name_musiconhold FOREIGN KEY(name) REFERENCES musiconhold (name)
);

INSERT INTO ast_schema_rebuild_musiconhold_entry (name, position, entry) SELECT name, position, entry FROM musiconhold_entry;

DROP TABLE musiconhold_entry;

ALTER TABLE ast_schema_rebuild_musiconhold_entry RENAME TO musiconhold_entry;

CREATE TABLE ast_schema_rebuild_musiconhold (
    name VARCHAR(80) NOT NULL, 
    mode VARCHAR(10) CHECK (mode IN ('custom', 'files', 'mp3nb', 'quietmp3nb', 'quietmp3', 'playlist')), 
    directory VARCHAR(255), 
    application VARCHAR(255), 
    digit VARCHAR(1), 
    sort VARCHAR(10), 
    format VARCHAR(10), 
    stamp DATETIME, 
    PRIMARY KEY (name)
);

INSERT INTO ast_schema_rebuild_musiconhold (name, mode, directory, application, digit, sort, format, stamp) SELECT name, mode, directory, application, digit, sort, format, stamp FROM musiconhold;

DROP TABLE musiconhold;

ALTER TABLE ast_schema_rebuild_musiconhold RENAME TO musiconhold;

UPDATE alembic_version_config SET version_num='fbb7766f17bc' WHERE alembic_version_config.version_num = '3a094a18e75b';

COMMIT;

-- Running upgrade fbb7766f17bc -> 79290b511e4b, pjsip add disable_rport

BEGIN;

ALTER TABLE ps_systems ADD COLUMN disable_rport VARCHAR(5) CHECK (disable_rport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

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

ALTER TABLE ps_endpoints ADD COLUMN stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='61797b9fced6' WHERE alembic_version_config.version_num = 'b80485ff4dd0';

COMMIT;

-- Running upgrade 61797b9fced6 -> 1ae0609b6646, increase reg server size

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(511), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(255), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(40), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

UPDATE alembic_version_config SET version_num='1ae0609b6646' WHERE alembic_version_config.version_num = '61797b9fced6';

COMMIT;

-- Running upgrade 1ae0609b6646 -> e658c26033ca, create history info flag

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='e658c26033ca' WHERE alembic_version_config.version_num = '1ae0609b6646';

COMMIT;

-- Running upgrade e658c26033ca -> 8915fcc5766f, Add ringinuse to queue_members

BEGIN;

ALTER TABLE queue_members ADD COLUMN ringinuse VARCHAR(5) CHECK (ringinuse IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='8915fcc5766f' WHERE alembic_version_config.version_num = 'e658c26033ca';

COMMIT;

-- Running upgrade 8915fcc5766f -> c20d6e3992f4, add allow_unauthenticated_options

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='c20d6e3992f4' WHERE alembic_version_config.version_num = '8915fcc5766f';

COMMIT;

-- Running upgrade c20d6e3992f4 -> f56d79a9f337, pjsip create remove_unavailable

BEGIN;

ALTER TABLE ps_aors ADD COLUMN remove_unavailable VARCHAR(5) CHECK (remove_unavailable IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='f56d79a9f337' WHERE alembic_version_config.version_num = 'c20d6e3992f4';

COMMIT;

-- Running upgrade f56d79a9f337 -> a06d8f8462d9, add t38_bind_udptl_to_media_address

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='a06d8f8462d9' WHERE alembic_version_config.version_num = 'f56d79a9f337';

COMMIT;

-- Running upgrade a06d8f8462d9 -> 8f72185e437f, res_pjsip_pubsub add resource_list option resource_display_name

BEGIN;

ALTER TABLE ps_resource_list ADD COLUMN resource_display_name VARCHAR(5) CHECK (resource_display_name IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='8f72185e437f' WHERE alembic_version_config.version_num = 'a06d8f8462d9';

COMMIT;

-- Running upgrade 8f72185e437f -> 0bee61aa9425, allow_sending_180_after_183

BEGIN;

ALTER TABLE ps_globals ADD COLUMN allow_sending_180_after_183 VARCHAR(5) CHECK (allow_sending_180_after_183 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='0bee61aa9425' WHERE alembic_version_config.version_num = '8f72185e437f';

COMMIT;

-- Running upgrade 0bee61aa9425 -> 18e0805d367f, max_random_initial_delay

BEGIN;

ALTER TABLE ps_registrations ADD COLUMN max_random_initial_delay INTEGER;

UPDATE alembic_version_config SET version_num='18e0805d367f' WHERE alembic_version_config.version_num = '0bee61aa9425';

COMMIT;

-- Running upgrade 18e0805d367f -> 58e440314c2a, allow_wildcard_certs

BEGIN;

ALTER TABLE ps_transports ADD COLUMN allow_wildcard_certs VARCHAR(3) CHECK (allow_wildcard_certs IN ('yes', 'no'));

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

ALTER TABLE ps_endpoints ADD COLUMN incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first'));

ALTER TABLE ps_endpoints ADD COLUMN outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first'));

ALTER TABLE ps_endpoints ADD COLUMN stir_shaken_profile VARCHAR(80);

UPDATE alembic_version_config SET version_num='9f3692b1654b' WHERE alembic_version_config.version_num = '7197536bb68d';

COMMIT;

-- Running upgrade 9f3692b1654b -> 539f68bede2c, Add peer_supported to 100rel

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_endpoints (
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
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
    "100rel" VARCHAR(14) CHECK ("100rel" IN ('no', 'required', 'peer_supported', 'yes')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    suppress_q850_reason_headers VARCHAR(3) CHECK (suppress_q850_reason_headers IN ('yes', 'no')), 
    trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    codec_prefs_incoming_offer VARCHAR(128), 
    codec_prefs_outgoing_offer VARCHAR(128), 
    codec_prefs_incoming_answer VARCHAR(128), 
    codec_prefs_outgoing_answer VARCHAR(128), 
    stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    geoloc_incoming_call_profile VARCHAR(80), 
    geoloc_outgoing_call_profile VARCHAR(80), 
    incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first')), 
    outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first')), 
    stir_shaken_profile VARCHAR(80), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

UPDATE alembic_version_config SET version_num='539f68bede2c' WHERE alembic_version_config.version_num = '9f3692b1654b';

COMMIT;

-- Running upgrade 539f68bede2c -> 417c0247fd7e, add security_negotiation and security_mechanisms to endpoint

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec'));

ALTER TABLE ps_endpoints ADD COLUMN security_mechanisms VARCHAR(512);

ALTER TABLE ps_registrations ADD COLUMN security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec'));

ALTER TABLE ps_registrations ADD COLUMN security_mechanisms VARCHAR(512);

UPDATE alembic_version_config SET version_num='417c0247fd7e' WHERE alembic_version_config.version_num = '539f68bede2c';

COMMIT;

-- Running upgrade 417c0247fd7e -> ccf795ee535f, all_codecs_on_empty_reinvite

BEGIN;

ALTER TABLE ps_globals ADD COLUMN all_codecs_on_empty_reinvite VARCHAR(5) CHECK (all_codecs_on_empty_reinvite IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='ccf795ee535f' WHERE alembic_version_config.version_num = '417c0247fd7e';

COMMIT;

-- Running upgrade ccf795ee535f -> 5a2247c957d2, add aoc option

BEGIN;

ALTER TABLE ps_endpoints ADD COLUMN send_aoc VARCHAR(5) CHECK (send_aoc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

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

ALTER TABLE musiconhold ADD COLUMN loop_last VARCHAR(3) CHECK (loop_last IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='f5b0e7427449' WHERE alembic_version_config.version_num = '4042a0ff4d9f';

COMMIT;

-- Running upgrade f5b0e7427449 -> dac2b4c328b8, increase pjsip id length

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(255) NOT NULL, 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(255), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    qualify_timeout FLOAT, 
    voicemail_extension VARCHAR(40), 
    remove_unavailable VARCHAR(5) CHECK (remove_unavailable IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE INDEX ps_aors_qualifyfreq_contact ON ps_aors (qualify_frequency, contact);

CREATE TABLE ast_schema_rebuild_ps_auths (
    id VARCHAR(255) NOT NULL, 
    auth_type VARCHAR(12) CHECK (auth_type IN ('md5', 'userpass', 'google_oauth')), 
    nonce_lifetime INTEGER, 
    md5_cred VARCHAR(40), 
    password VARCHAR(80), 
    realm VARCHAR(255), 
    username VARCHAR(40), 
    refresh_token VARCHAR(255), 
    oauth_clientid VARCHAR(255), 
    oauth_secret VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_auths (id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret) SELECT id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret FROM ps_auths;

DROP TABLE ps_auths;

ALTER TABLE ast_schema_rebuild_ps_auths RENAME TO ps_auths;

CREATE INDEX ps_auths_id ON ps_auths (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(511), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(255), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(255), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(255), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

CREATE TABLE ast_schema_rebuild_ps_domain_aliases (
    id VARCHAR(255) NOT NULL, 
    domain VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_domain_aliases (id, domain) SELECT id, domain FROM ps_domain_aliases;

DROP TABLE ps_domain_aliases;

ALTER TABLE ast_schema_rebuild_ps_domain_aliases RENAME TO ps_domain_aliases;

CREATE INDEX ps_domain_aliases_id ON ps_domain_aliases (id);

CREATE TABLE ast_schema_rebuild_ps_endpoint_id_ips (
    id VARCHAR(255) NOT NULL, 
    endpoint VARCHAR(255), 
    "match" VARCHAR(80), 
    srv_lookups VARCHAR(3) CHECK (srv_lookups IN ('yes', 'no')), 
    match_header VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoint_id_ips (id, endpoint, "match", srv_lookups, match_header) SELECT id, endpoint, "match", srv_lookups, match_header FROM ps_endpoint_id_ips;

DROP TABLE ps_endpoint_id_ips;

ALTER TABLE ast_schema_rebuild_ps_endpoint_id_ips RENAME TO ps_endpoint_id_ips;

CREATE INDEX ps_endpoint_id_ips_id ON ps_endpoint_id_ips (id);

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(255) NOT NULL, 
    transport VARCHAR(40), 
    aors VARCHAR(2048), 
    auth VARCHAR(255), 
    context VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    direct_media VARCHAR(3) CHECK (direct_media IN ('yes', 'no')), 
    connected_line_method VARCHAR(8) CHECK (connected_line_method IN ('invite', 'reinvite', 'update')), 
    direct_media_method VARCHAR(8) CHECK (direct_media_method IN ('invite', 'reinvite', 'update')), 
    direct_media_glare_mitigation VARCHAR(8) CHECK (direct_media_glare_mitigation IN ('none', 'outgoing', 'incoming')), 
    disable_direct_media_on_nat VARCHAR(3) CHECK (disable_direct_media_on_nat IN ('yes', 'no')), 
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
    mailboxes VARCHAR(40), 
    moh_suggest VARCHAR(40), 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
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
    "100rel" VARCHAR(14) CHECK ("100rel" IN ('no', 'required', 'peer_supported', 'yes')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    suppress_q850_reason_headers VARCHAR(3) CHECK (suppress_q850_reason_headers IN ('yes', 'no')), 
    trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    codec_prefs_incoming_offer VARCHAR(128), 
    codec_prefs_outgoing_offer VARCHAR(128), 
    codec_prefs_incoming_answer VARCHAR(128), 
    codec_prefs_outgoing_answer VARCHAR(128), 
    stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    geoloc_incoming_call_profile VARCHAR(80), 
    geoloc_outgoing_call_profile VARCHAR(80), 
    incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first')), 
    outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first')), 
    stir_shaken_profile VARCHAR(80), 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    send_aoc VARCHAR(5) CHECK (send_aoc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    overlap_context VARCHAR(80), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ast_schema_rebuild_ps_inbound_publications (
    id VARCHAR(255) NOT NULL, 
    endpoint VARCHAR(255), 
    "event_asterisk-devicestate" VARCHAR(40), 
    "event_asterisk-mwi" VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_inbound_publications (id, endpoint, "event_asterisk-devicestate", "event_asterisk-mwi") SELECT id, endpoint, "event_asterisk-devicestate", "event_asterisk-mwi" FROM ps_inbound_publications;

DROP TABLE ps_inbound_publications;

ALTER TABLE ast_schema_rebuild_ps_inbound_publications RENAME TO ps_inbound_publications;

CREATE INDEX ps_inbound_publications_id ON ps_inbound_publications (id);

CREATE TABLE ast_schema_rebuild_ps_outbound_publishes (
    id VARCHAR(255) NOT NULL, 
    expiration INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(256), 
    server_uri VARCHAR(256), 
    from_uri VARCHAR(256), 
    to_uri VARCHAR(256), 
    event VARCHAR(40), 
    max_auth_attempts INTEGER, 
    transport VARCHAR(40), 
    multi_user VARCHAR(3) CHECK (multi_user IN ('yes', 'no')), 
    "@body" VARCHAR(40), 
    "@context" VARCHAR(256), 
    "@exten" VARCHAR(256), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_outbound_publishes (id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten") SELECT id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten" FROM ps_outbound_publishes;

DROP TABLE ps_outbound_publishes;

ALTER TABLE ast_schema_rebuild_ps_outbound_publishes RENAME TO ps_outbound_publishes;

CREATE INDEX ps_outbound_publishes_id ON ps_outbound_publishes (id);

CREATE TABLE ast_schema_rebuild_ps_registrations (
    id VARCHAR(255) NOT NULL, 
    auth_rejection_permanent VARCHAR(3) CHECK (auth_rejection_permanent IN ('yes', 'no')), 
    client_uri VARCHAR(255), 
    contact_user VARCHAR(40), 
    expiration INTEGER, 
    max_retries INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
    retry_interval INTEGER, 
    forbidden_retry_interval INTEGER, 
    server_uri VARCHAR(255), 
    transport VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    fatal_retry_interval INTEGER, 
    line VARCHAR(3) CHECK (line IN ('yes', 'no')), 
    endpoint VARCHAR(255), 
    support_outbound VARCHAR(5) CHECK (support_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    contact_header_params VARCHAR(255), 
    max_random_initial_delay INTEGER, 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_registrations (id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms) SELECT id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms FROM ps_registrations;

DROP TABLE ps_registrations;

ALTER TABLE ast_schema_rebuild_ps_registrations RENAME TO ps_registrations;

CREATE INDEX ps_registrations_id ON ps_registrations (id);

UPDATE alembic_version_config SET version_num='dac2b4c328b8' WHERE alembic_version_config.version_num = 'f5b0e7427449';

COMMIT;

-- Running upgrade dac2b4c328b8 -> 37a5332640e2, update pjsip tls method list

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_transports (
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'tlsv1_1', 'tlsv1_2', 'tlsv1_3', 'sslv2', 'sslv23', 'sslv3')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(4) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss', 'flow')), 
    require_client_cert VARCHAR(3) CHECK (require_client_cert IN ('yes', 'no')), 
    verify_client VARCHAR(3) CHECK (verify_client IN ('yes', 'no')), 
    verify_server VARCHAR(3) CHECK (verify_server IN ('yes', 'no')), 
    tos VARCHAR(10), 
    cos INTEGER, 
    allow_reload VARCHAR(3) CHECK (allow_reload IN ('yes', 'no')), 
    symmetric_transport VARCHAR(3) CHECK (symmetric_transport IN ('yes', 'no')), 
    allow_wildcard_certs VARCHAR(3) CHECK (allow_wildcard_certs IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_transports (id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs) SELECT id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs FROM ps_transports;

DROP TABLE ps_transports;

ALTER TABLE ast_schema_rebuild_ps_transports RENAME TO ps_transports;

CREATE INDEX ps_transports_id ON ps_transports (id);

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
    send_mky VARCHAR(5) CHECK (send_mky IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    PRIMARY KEY (id)
);

UPDATE alembic_version_config SET version_num='bd335bae5d33' WHERE alembic_version_config.version_num = '24c12d8e9014';

COMMIT;

-- Running upgrade bd335bae5d33 -> 74dc751dfe8e, more permission boolean columns

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(255) NOT NULL, 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(5) CHECK (remove_existing IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(5) CHECK (authenticate_qualify IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(255), 
    support_path VARCHAR(5) CHECK (support_path IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    qualify_timeout FLOAT, 
    voicemail_extension VARCHAR(40), 
    remove_unavailable VARCHAR(5) CHECK (remove_unavailable IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE INDEX ps_aors_qualifyfreq_contact ON ps_aors (qualify_frequency, contact);

CREATE TABLE ast_schema_rebuild_ps_asterisk_publications (
    id VARCHAR(40) NOT NULL, 
    devicestate_publish VARCHAR(40), 
    mailboxstate_publish VARCHAR(40), 
    device_state VARCHAR(5) CHECK (device_state IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    device_state_filter VARCHAR(256), 
    mailbox_state VARCHAR(5) CHECK (mailbox_state IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    mailbox_state_filter VARCHAR(256), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_asterisk_publications (id, devicestate_publish, mailboxstate_publish, device_state, device_state_filter, mailbox_state, mailbox_state_filter) SELECT id, devicestate_publish, mailboxstate_publish, device_state, device_state_filter, mailbox_state, mailbox_state_filter FROM ps_asterisk_publications;

DROP TABLE ps_asterisk_publications;

ALTER TABLE ast_schema_rebuild_ps_asterisk_publications RENAME TO ps_asterisk_publications;

CREATE INDEX ps_asterisk_publications_id ON ps_asterisk_publications (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(511), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(255), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(255), 
    authenticate_qualify VARCHAR(5) CHECK (authenticate_qualify IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(255), 
    prune_on_boot VARCHAR(5) CHECK (prune_on_boot IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

CREATE TABLE ast_schema_rebuild_ps_endpoint_id_ips (
    id VARCHAR(255) NOT NULL, 
    endpoint VARCHAR(255), 
    "match" VARCHAR(80), 
    srv_lookups VARCHAR(5) CHECK (srv_lookups IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    match_header VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoint_id_ips (id, endpoint, "match", srv_lookups, match_header) SELECT id, endpoint, "match", srv_lookups, match_header FROM ps_endpoint_id_ips;

DROP TABLE ps_endpoint_id_ips;

ALTER TABLE ast_schema_rebuild_ps_endpoint_id_ips RENAME TO ps_endpoint_id_ips;

CREATE INDEX ps_endpoint_id_ips_id ON ps_endpoint_id_ips (id);

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(255) NOT NULL, 
    transport VARCHAR(40), 
    aors VARCHAR(2048), 
    auth VARCHAR(255), 
    context VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    direct_media VARCHAR(5) CHECK (direct_media IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    connected_line_method VARCHAR(8) CHECK (connected_line_method IN ('invite', 'reinvite', 'update')), 
    direct_media_method VARCHAR(8) CHECK (direct_media_method IN ('invite', 'reinvite', 'update')), 
    direct_media_glare_mitigation VARCHAR(8) CHECK (direct_media_glare_mitigation IN ('none', 'outgoing', 'incoming')), 
    disable_direct_media_on_nat VARCHAR(5) CHECK (disable_direct_media_on_nat IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(5) CHECK (force_rport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ice_support VARCHAR(5) CHECK (ice_support IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    identify_by VARCHAR(80), 
    mailboxes VARCHAR(40), 
    moh_suggest VARCHAR(40), 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
    rewrite_contact VARCHAR(5) CHECK (rewrite_contact IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtp_ipv6 VARCHAR(5) CHECK (rtp_ipv6 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtp_symmetric VARCHAR(5) CHECK (rtp_symmetric IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_diversion VARCHAR(5) CHECK (send_diversion IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_pai VARCHAR(5) CHECK (send_pai IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_rpid VARCHAR(5) CHECK (send_rpid IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    timers_min_se INTEGER, 
    timers VARCHAR(8) CHECK (timers IN ('forced', 'no', 'required', 'yes')), 
    timers_sess_expires INTEGER, 
    callerid VARCHAR(40), 
    callerid_privacy VARCHAR(23) CHECK (callerid_privacy IN ('allowed_not_screened', 'allowed_passed_screened', 'allowed_failed_screened', 'allowed', 'prohib_not_screened', 'prohib_passed_screened', 'prohib_failed_screened', 'prohib', 'unavailable')), 
    callerid_tag VARCHAR(40), 
    "100rel" VARCHAR(14) CHECK ("100rel" IN ('no', 'required', 'peer_supported', 'yes')), 
    aggregate_mwi VARCHAR(5) CHECK (aggregate_mwi IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    trust_id_inbound VARCHAR(5) CHECK (trust_id_inbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    trust_id_outbound VARCHAR(5) CHECK (trust_id_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    use_ptime VARCHAR(5) CHECK (use_ptime IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    use_avpf VARCHAR(5) CHECK (use_avpf IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_encryption VARCHAR(4) CHECK (media_encryption IN ('no', 'sdes', 'dtls')), 
    inband_progress VARCHAR(5) CHECK (inband_progress IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    call_group VARCHAR(40), 
    pickup_group VARCHAR(40), 
    named_call_group VARCHAR(40), 
    named_pickup_group VARCHAR(40), 
    device_state_busy_at INTEGER, 
    fax_detect VARCHAR(5) CHECK (fax_detect IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_udptl VARCHAR(5) CHECK (t38_udptl IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_udptl_ec VARCHAR(10) CHECK (t38_udptl_ec IN ('none', 'fec', 'redundancy')), 
    t38_udptl_maxdatagram INTEGER, 
    t38_udptl_nat VARCHAR(5) CHECK (t38_udptl_nat IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_udptl_ipv6 VARCHAR(5) CHECK (t38_udptl_ipv6 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    tone_zone VARCHAR(40), 
    language VARCHAR(40), 
    one_touch_recording VARCHAR(5) CHECK (one_touch_recording IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    record_on_feature VARCHAR(40), 
    record_off_feature VARCHAR(40), 
    rtp_engine VARCHAR(40), 
    allow_transfer VARCHAR(5) CHECK (allow_transfer IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_subscribe VARCHAR(5) CHECK (allow_subscribe IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    sdp_owner VARCHAR(40), 
    sdp_session VARCHAR(40), 
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(5) CHECK (srtp_tag_32 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(5) CHECK (force_avp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_use_received_transport VARCHAR(5) CHECK (media_use_received_transport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(5) CHECK (user_eq_phone IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    moh_passthrough VARCHAR(5) CHECK (moh_passthrough IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_encryption_optimistic VARCHAR(5) CHECK (media_encryption_optimistic IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rpid_immediate VARCHAR(5) CHECK (rpid_immediate IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    g726_non_standard VARCHAR(5) CHECK (g726_non_standard IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(5) CHECK (bind_rtp_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(5) CHECK (preferred_codec_only IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    asymmetric_rtp_codec VARCHAR(5) CHECK (asymmetric_rtp_codec IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtcp_mux VARCHAR(5) CHECK (rtcp_mux IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_overlap VARCHAR(5) CHECK (allow_overlap IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    refer_blind_progress VARCHAR(5) CHECK (refer_blind_progress IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    notify_early_inuse_ringing VARCHAR(5) CHECK (notify_early_inuse_ringing IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(5) CHECK (webrtc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(5) CHECK (bundle IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    dtls_auto_generate_cert VARCHAR(5) CHECK (dtls_auto_generate_cert IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    follow_early_media_fork VARCHAR(5) CHECK (follow_early_media_fork IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    accept_multiple_sdp_answers VARCHAR(5) CHECK (accept_multiple_sdp_answers IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    suppress_q850_reason_headers VARCHAR(5) CHECK (suppress_q850_reason_headers IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    codec_prefs_incoming_offer VARCHAR(128), 
    codec_prefs_outgoing_offer VARCHAR(128), 
    codec_prefs_incoming_answer VARCHAR(128), 
    codec_prefs_outgoing_answer VARCHAR(128), 
    stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    geoloc_incoming_call_profile VARCHAR(80), 
    geoloc_outgoing_call_profile VARCHAR(80), 
    incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first')), 
    outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first')), 
    stir_shaken_profile VARCHAR(80), 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    send_aoc VARCHAR(5) CHECK (send_aoc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    overlap_context VARCHAR(80), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ast_schema_rebuild_ps_globals (
    id VARCHAR(40) NOT NULL, 
    max_forwards INTEGER, 
    user_agent VARCHAR(255), 
    default_outbound_endpoint VARCHAR(40), 
    debug VARCHAR(40), 
    endpoint_identifier_order VARCHAR(40), 
    max_initial_qualify_time INTEGER, 
    default_from_user VARCHAR(80), 
    keep_alive_interval INTEGER, 
    regcontext VARCHAR(80), 
    contact_expiration_check_interval INTEGER, 
    default_voicemail_extension VARCHAR(40), 
    disable_multi_domain VARCHAR(5) CHECK (disable_multi_domain IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    unidentified_request_count INTEGER, 
    unidentified_request_period INTEGER, 
    unidentified_request_prune_interval INTEGER, 
    default_realm VARCHAR(40), 
    mwi_tps_queue_high INTEGER, 
    mwi_tps_queue_low INTEGER, 
    mwi_disable_initial_unsolicited VARCHAR(5) CHECK (mwi_disable_initial_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_uri_user_options VARCHAR(5) CHECK (ignore_uri_user_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    use_callerid_contact VARCHAR(5) CHECK (use_callerid_contact IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_contact_status_on_update_registration VARCHAR(5) CHECK (send_contact_status_on_update_registration IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    taskprocessor_overload_trigger VARCHAR(10) CHECK (taskprocessor_overload_trigger IN ('none', 'global', 'pjsip_only')), 
    norefersub VARCHAR(5) CHECK (norefersub IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_sending_180_after_183 VARCHAR(5) CHECK (allow_sending_180_after_183 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    all_codecs_on_empty_reinvite VARCHAR(5) CHECK (all_codecs_on_empty_reinvite IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_globals (id, max_forwards, user_agent, default_outbound_endpoint, debug, endpoint_identifier_order, max_initial_qualify_time, default_from_user, keep_alive_interval, regcontext, contact_expiration_check_interval, default_voicemail_extension, disable_multi_domain, unidentified_request_count, unidentified_request_period, unidentified_request_prune_interval, default_realm, mwi_tps_queue_high, mwi_tps_queue_low, mwi_disable_initial_unsolicited, ignore_uri_user_options, use_callerid_contact, send_contact_status_on_update_registration, taskprocessor_overload_trigger, norefersub, allow_sending_180_after_183, all_codecs_on_empty_reinvite) SELECT id, max_forwards, user_agent, default_outbound_endpoint, debug, endpoint_identifier_order, max_initial_qualify_time, default_from_user, keep_alive_interval, regcontext, contact_expiration_check_interval, default_voicemail_extension, disable_multi_domain, unidentified_request_count, unidentified_request_period, unidentified_request_prune_interval, default_realm, mwi_tps_queue_high, mwi_tps_queue_low, mwi_disable_initial_unsolicited, ignore_uri_user_options, use_callerid_contact, send_contact_status_on_update_registration, taskprocessor_overload_trigger, norefersub, allow_sending_180_after_183, all_codecs_on_empty_reinvite FROM ps_globals;

DROP TABLE ps_globals;

ALTER TABLE ast_schema_rebuild_ps_globals RENAME TO ps_globals;

CREATE INDEX ps_globals_id ON ps_globals (id);

CREATE TABLE ast_schema_rebuild_ps_outbound_publishes (
    id VARCHAR(255) NOT NULL, 
    expiration INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(256), 
    server_uri VARCHAR(256), 
    from_uri VARCHAR(256), 
    to_uri VARCHAR(256), 
    event VARCHAR(40), 
    max_auth_attempts INTEGER, 
    transport VARCHAR(40), 
    multi_user VARCHAR(5) CHECK (multi_user IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    "@body" VARCHAR(40), 
    "@context" VARCHAR(256), 
    "@exten" VARCHAR(256), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_outbound_publishes (id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten") SELECT id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten" FROM ps_outbound_publishes;

DROP TABLE ps_outbound_publishes;

ALTER TABLE ast_schema_rebuild_ps_outbound_publishes RENAME TO ps_outbound_publishes;

CREATE INDEX ps_outbound_publishes_id ON ps_outbound_publishes (id);

CREATE TABLE ast_schema_rebuild_ps_registrations (
    id VARCHAR(255) NOT NULL, 
    auth_rejection_permanent VARCHAR(5) CHECK (auth_rejection_permanent IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    client_uri VARCHAR(255), 
    contact_user VARCHAR(40), 
    expiration INTEGER, 
    max_retries INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
    retry_interval INTEGER, 
    forbidden_retry_interval INTEGER, 
    server_uri VARCHAR(255), 
    transport VARCHAR(40), 
    support_path VARCHAR(5) CHECK (support_path IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    fatal_retry_interval INTEGER, 
    line VARCHAR(5) CHECK (line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    endpoint VARCHAR(255), 
    support_outbound VARCHAR(5) CHECK (support_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    contact_header_params VARCHAR(255), 
    max_random_initial_delay INTEGER, 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    user_agent VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_registrations (id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms, user_agent) SELECT id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms, user_agent FROM ps_registrations;

DROP TABLE ps_registrations;

ALTER TABLE ast_schema_rebuild_ps_registrations RENAME TO ps_registrations;

CREATE INDEX ps_registrations_id ON ps_registrations (id);

CREATE TABLE ast_schema_rebuild_ps_resource_list (
    id VARCHAR(40) NOT NULL, 
    list_item VARCHAR(2048), 
    event VARCHAR(40), 
    full_state VARCHAR(5) CHECK (full_state IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    notification_batch_interval INTEGER, 
    resource_display_name VARCHAR(5) CHECK (resource_display_name IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_resource_list (id, list_item, event, full_state, notification_batch_interval, resource_display_name) SELECT id, list_item, event, full_state, notification_batch_interval, resource_display_name FROM ps_resource_list;

DROP TABLE ps_resource_list;

ALTER TABLE ast_schema_rebuild_ps_resource_list RENAME TO ps_resource_list;

CREATE INDEX ps_resource_list_id ON ps_resource_list (id);

CREATE TABLE ast_schema_rebuild_ps_subscription_persistence (
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
    contact_uri VARCHAR(256), 
    prune_on_boot VARCHAR(5) CHECK (prune_on_boot IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_subscription_persistence (id, packet, src_name, src_port, transport_key, local_name, local_port, cseq, tag, endpoint, expires, contact_uri, prune_on_boot) SELECT id, packet, src_name, src_port, transport_key, local_name, local_port, cseq, tag, endpoint, expires, contact_uri, prune_on_boot FROM ps_subscription_persistence;

DROP TABLE ps_subscription_persistence;

ALTER TABLE ast_schema_rebuild_ps_subscription_persistence RENAME TO ps_subscription_persistence;

CREATE INDEX ps_subscription_persistence_id ON ps_subscription_persistence (id);

CREATE TABLE ast_schema_rebuild_ps_systems (
    id VARCHAR(40) NOT NULL, 
    timer_t1 INTEGER, 
    timer_b INTEGER, 
    compact_headers VARCHAR(5) CHECK (compact_headers IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    threadpool_initial_size INTEGER, 
    threadpool_auto_increment INTEGER, 
    threadpool_idle_timeout INTEGER, 
    threadpool_max_size INTEGER, 
    disable_tcp_switch VARCHAR(5) CHECK (disable_tcp_switch IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    follow_early_media_fork VARCHAR(5) CHECK (follow_early_media_fork IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    accept_multiple_sdp_answers VARCHAR(5) CHECK (accept_multiple_sdp_answers IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    disable_rport VARCHAR(5) CHECK (disable_rport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_systems (id, timer_t1, timer_b, compact_headers, threadpool_initial_size, threadpool_auto_increment, threadpool_idle_timeout, threadpool_max_size, disable_tcp_switch, follow_early_media_fork, accept_multiple_sdp_answers, disable_rport) SELECT id, timer_t1, timer_b, compact_headers, threadpool_initial_size, threadpool_auto_increment, threadpool_idle_timeout, threadpool_max_size, disable_tcp_switch, follow_early_media_fork, accept_multiple_sdp_answers, disable_rport FROM ps_systems;

DROP TABLE ps_systems;

ALTER TABLE ast_schema_rebuild_ps_systems RENAME TO ps_systems;

CREATE INDEX ps_systems_id ON ps_systems (id);

CREATE TABLE ast_schema_rebuild_ps_transports (
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'tlsv1_1', 'tlsv1_2', 'tlsv1_3', 'sslv2', 'sslv23', 'sslv3')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(4) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss', 'flow')), 
    require_client_cert VARCHAR(5) CHECK (require_client_cert IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    verify_client VARCHAR(5) CHECK (verify_client IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    verify_server VARCHAR(5) CHECK (verify_server IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    tos VARCHAR(10), 
    cos INTEGER, 
    allow_reload VARCHAR(5) CHECK (allow_reload IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    symmetric_transport VARCHAR(5) CHECK (symmetric_transport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_wildcard_certs VARCHAR(5) CHECK (allow_wildcard_certs IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_transports (id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs) SELECT id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs FROM ps_transports;

DROP TABLE ps_transports;

ALTER TABLE ast_schema_rebuild_ps_transports RENAME TO ps_transports;

CREATE INDEX ps_transports_id ON ps_transports (id);

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

ALTER TABLE queues ADD COLUMN log_restricted_caller_id VARCHAR(5) CHECK (log_restricted_caller_id IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

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

ALTER TABLE ps_endpoints ADD COLUMN suppress_moh_on_sendonly VARCHAR(5) CHECK (suppress_moh_on_sendonly IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

UPDATE alembic_version_config SET version_num='4f91fc18c979' WHERE alembic_version_config.version_num = '801b9fced8b7';

COMMIT;

-- Running upgrade 4f91fc18c979 -> 44bd6dd914fa, add qualify 2xx only option

BEGIN;

ALTER TABLE ps_aors ADD COLUMN qualify_2xx_only VARCHAR(5) CHECK (qualify_2xx_only IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

ALTER TABLE ps_contacts ADD COLUMN qualify_2xx_only VARCHAR(5) CHECK (qualify_2xx_only IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes'));

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

CREATE TABLE ast_schema_rebuild_ps_registrations (
    id VARCHAR(255), 
    auth_rejection_permanent VARCHAR(5) CHECK (auth_rejection_permanent IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    client_uri VARCHAR(255), 
    contact_user VARCHAR(40), 
    expiration INTEGER, 
    max_retries INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
    retry_interval INTEGER, 
    forbidden_retry_interval INTEGER, 
    server_uri VARCHAR(255), 
    transport VARCHAR(40), 
    support_path VARCHAR(5) CHECK (support_path IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    fatal_retry_interval INTEGER, 
    line VARCHAR(5) CHECK (line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    endpoint VARCHAR(255), 
    support_outbound VARCHAR(5) CHECK (support_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    contact_header_params VARCHAR(255), 
    max_random_initial_delay INTEGER, 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    user_agent VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_registrations (id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms, user_agent) SELECT id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms, user_agent FROM ps_registrations;

DROP TABLE ps_registrations;

ALTER TABLE ast_schema_rebuild_ps_registrations RENAME TO ps_registrations;

CREATE INDEX ps_registrations_id ON ps_registrations (id);

CREATE TABLE ast_schema_rebuild_ps_outbound_publishes (
    id VARCHAR(255), 
    expiration INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(256), 
    server_uri VARCHAR(256), 
    from_uri VARCHAR(256), 
    to_uri VARCHAR(256), 
    event VARCHAR(40), 
    max_auth_attempts INTEGER, 
    transport VARCHAR(40), 
    multi_user VARCHAR(5) CHECK (multi_user IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    "@body" VARCHAR(40), 
    "@context" VARCHAR(256), 
    "@exten" VARCHAR(256), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_outbound_publishes (id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten") SELECT id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten" FROM ps_outbound_publishes;

DROP TABLE ps_outbound_publishes;

ALTER TABLE ast_schema_rebuild_ps_outbound_publishes RENAME TO ps_outbound_publishes;

CREATE INDEX ps_outbound_publishes_id ON ps_outbound_publishes (id);

CREATE TABLE ast_schema_rebuild_ps_inbound_publications (
    id VARCHAR(255), 
    endpoint VARCHAR(255), 
    "event_asterisk-devicestate" VARCHAR(40), 
    "event_asterisk-mwi" VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_inbound_publications (id, endpoint, "event_asterisk-devicestate", "event_asterisk-mwi") SELECT id, endpoint, "event_asterisk-devicestate", "event_asterisk-mwi" FROM ps_inbound_publications;

DROP TABLE ps_inbound_publications;

ALTER TABLE ast_schema_rebuild_ps_inbound_publications RENAME TO ps_inbound_publications;

CREATE INDEX ps_inbound_publications_id ON ps_inbound_publications (id);

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(255), 
    transport VARCHAR(40), 
    aors VARCHAR(2048), 
    auth VARCHAR(255), 
    context VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    direct_media VARCHAR(5) CHECK (direct_media IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    connected_line_method VARCHAR(8) CHECK (connected_line_method IN ('invite', 'reinvite', 'update')), 
    direct_media_method VARCHAR(8) CHECK (direct_media_method IN ('invite', 'reinvite', 'update')), 
    direct_media_glare_mitigation VARCHAR(8) CHECK (direct_media_glare_mitigation IN ('none', 'outgoing', 'incoming')), 
    disable_direct_media_on_nat VARCHAR(5) CHECK (disable_direct_media_on_nat IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(5) CHECK (force_rport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ice_support VARCHAR(5) CHECK (ice_support IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    identify_by VARCHAR(80), 
    mailboxes VARCHAR(40), 
    moh_suggest VARCHAR(40), 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
    rewrite_contact VARCHAR(5) CHECK (rewrite_contact IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtp_ipv6 VARCHAR(5) CHECK (rtp_ipv6 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtp_symmetric VARCHAR(5) CHECK (rtp_symmetric IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_diversion VARCHAR(5) CHECK (send_diversion IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_pai VARCHAR(5) CHECK (send_pai IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_rpid VARCHAR(5) CHECK (send_rpid IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    timers_min_se INTEGER, 
    timers VARCHAR(8) CHECK (timers IN ('forced', 'no', 'required', 'yes')), 
    timers_sess_expires INTEGER, 
    callerid VARCHAR(40), 
    callerid_privacy VARCHAR(23) CHECK (callerid_privacy IN ('allowed_not_screened', 'allowed_passed_screened', 'allowed_failed_screened', 'allowed', 'prohib_not_screened', 'prohib_passed_screened', 'prohib_failed_screened', 'prohib', 'unavailable')), 
    callerid_tag VARCHAR(40), 
    "100rel" VARCHAR(14) CHECK ("100rel" IN ('no', 'required', 'peer_supported', 'yes')), 
    aggregate_mwi VARCHAR(5) CHECK (aggregate_mwi IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    trust_id_inbound VARCHAR(5) CHECK (trust_id_inbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    trust_id_outbound VARCHAR(5) CHECK (trust_id_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    use_ptime VARCHAR(5) CHECK (use_ptime IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    use_avpf VARCHAR(5) CHECK (use_avpf IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_encryption VARCHAR(4) CHECK (media_encryption IN ('no', 'sdes', 'dtls')), 
    inband_progress VARCHAR(5) CHECK (inband_progress IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    call_group VARCHAR(40), 
    pickup_group VARCHAR(40), 
    named_call_group VARCHAR(40), 
    named_pickup_group VARCHAR(40), 
    device_state_busy_at INTEGER, 
    fax_detect VARCHAR(5) CHECK (fax_detect IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_udptl VARCHAR(5) CHECK (t38_udptl IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_udptl_ec VARCHAR(10) CHECK (t38_udptl_ec IN ('none', 'fec', 'redundancy')), 
    t38_udptl_maxdatagram INTEGER, 
    t38_udptl_nat VARCHAR(5) CHECK (t38_udptl_nat IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_udptl_ipv6 VARCHAR(5) CHECK (t38_udptl_ipv6 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    tone_zone VARCHAR(40), 
    language VARCHAR(40), 
    one_touch_recording VARCHAR(5) CHECK (one_touch_recording IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    record_on_feature VARCHAR(40), 
    record_off_feature VARCHAR(40), 
    rtp_engine VARCHAR(40), 
    allow_transfer VARCHAR(5) CHECK (allow_transfer IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_subscribe VARCHAR(5) CHECK (allow_subscribe IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    sdp_owner VARCHAR(40), 
    sdp_session VARCHAR(40), 
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(5) CHECK (srtp_tag_32 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(5) CHECK (force_avp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_use_received_transport VARCHAR(5) CHECK (media_use_received_transport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(5) CHECK (user_eq_phone IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    moh_passthrough VARCHAR(5) CHECK (moh_passthrough IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    media_encryption_optimistic VARCHAR(5) CHECK (media_encryption_optimistic IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rpid_immediate VARCHAR(5) CHECK (rpid_immediate IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    g726_non_standard VARCHAR(5) CHECK (g726_non_standard IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(5) CHECK (bind_rtp_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(5) CHECK (preferred_codec_only IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    asymmetric_rtp_codec VARCHAR(5) CHECK (asymmetric_rtp_codec IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    rtcp_mux VARCHAR(5) CHECK (rtcp_mux IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_overlap VARCHAR(5) CHECK (allow_overlap IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    refer_blind_progress VARCHAR(5) CHECK (refer_blind_progress IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    notify_early_inuse_ringing VARCHAR(5) CHECK (notify_early_inuse_ringing IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(5) CHECK (webrtc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(5) CHECK (bundle IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    dtls_auto_generate_cert VARCHAR(5) CHECK (dtls_auto_generate_cert IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    follow_early_media_fork VARCHAR(5) CHECK (follow_early_media_fork IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    accept_multiple_sdp_answers VARCHAR(5) CHECK (accept_multiple_sdp_answers IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    suppress_q850_reason_headers VARCHAR(5) CHECK (suppress_q850_reason_headers IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    codec_prefs_incoming_offer VARCHAR(128), 
    codec_prefs_outgoing_offer VARCHAR(128), 
    codec_prefs_incoming_answer VARCHAR(128), 
    codec_prefs_outgoing_answer VARCHAR(128), 
    stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    geoloc_incoming_call_profile VARCHAR(80), 
    geoloc_outgoing_call_profile VARCHAR(80), 
    incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first')), 
    outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first')), 
    stir_shaken_profile VARCHAR(80), 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    send_aoc VARCHAR(5) CHECK (send_aoc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    overlap_context VARCHAR(80), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ast_schema_rebuild_ps_endpoint_id_ips (
    id VARCHAR(255), 
    endpoint VARCHAR(255), 
    "match" VARCHAR(80), 
    srv_lookups VARCHAR(5) CHECK (srv_lookups IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    match_header VARCHAR(255), 
    match_request_uri VARCHAR(255), 
    transport VARCHAR(128), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoint_id_ips (id, endpoint, "match", srv_lookups, match_header, match_request_uri, transport) SELECT id, endpoint, "match", srv_lookups, match_header, match_request_uri, transport FROM ps_endpoint_id_ips;

DROP TABLE ps_endpoint_id_ips;

ALTER TABLE ast_schema_rebuild_ps_endpoint_id_ips RENAME TO ps_endpoint_id_ips;

CREATE INDEX ps_endpoint_id_ips_id ON ps_endpoint_id_ips (id);

CREATE TABLE ast_schema_rebuild_ps_domain_aliases (
    id VARCHAR(255), 
    domain VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_domain_aliases (id, domain) SELECT id, domain FROM ps_domain_aliases;

DROP TABLE ps_domain_aliases;

ALTER TABLE ast_schema_rebuild_ps_domain_aliases RENAME TO ps_domain_aliases;

CREATE INDEX ps_domain_aliases_id ON ps_domain_aliases (id);

CREATE TABLE ast_schema_rebuild_ps_auths (
    id VARCHAR(255), 
    auth_type VARCHAR(12) CHECK (auth_type IN ('md5', 'userpass', 'google_oauth')), 
    nonce_lifetime INTEGER, 
    md5_cred VARCHAR(40), 
    password VARCHAR(80), 
    realm VARCHAR(255), 
    username VARCHAR(40), 
    refresh_token VARCHAR(255), 
    oauth_clientid VARCHAR(255), 
    oauth_secret VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_auths (id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret) SELECT id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret FROM ps_auths;

DROP TABLE ps_auths;

ALTER TABLE ast_schema_rebuild_ps_auths RENAME TO ps_auths;

CREATE INDEX ps_auths_id ON ps_auths (id);

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(255), 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(5) CHECK (remove_existing IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(5) CHECK (authenticate_qualify IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(255), 
    support_path VARCHAR(5) CHECK (support_path IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    qualify_timeout FLOAT, 
    voicemail_extension VARCHAR(40), 
    remove_unavailable VARCHAR(5) CHECK (remove_unavailable IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE INDEX ps_aors_qualifyfreq_contact ON ps_aors (qualify_frequency, contact);

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

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(255), 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(255), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    qualify_timeout FLOAT, 
    voicemail_extension VARCHAR(40), 
    remove_unavailable VARCHAR(5) CHECK (remove_unavailable IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE INDEX ps_aors_qualifyfreq_contact ON ps_aors (qualify_frequency, contact);

CREATE TABLE ast_schema_rebuild_ps_asterisk_publications (
    id VARCHAR(40) NOT NULL, 
    devicestate_publish VARCHAR(40), 
    mailboxstate_publish VARCHAR(40), 
    device_state VARCHAR(3) CHECK (device_state IN ('yes', 'no')), 
    device_state_filter VARCHAR(256), 
    mailbox_state VARCHAR(3) CHECK (mailbox_state IN ('yes', 'no')), 
    mailbox_state_filter VARCHAR(256), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_asterisk_publications (id, devicestate_publish, mailboxstate_publish, device_state, device_state_filter, mailbox_state, mailbox_state_filter) SELECT id, devicestate_publish, mailboxstate_publish, device_state, device_state_filter, mailbox_state, mailbox_state_filter FROM ps_asterisk_publications;

DROP TABLE ps_asterisk_publications;

ALTER TABLE ast_schema_rebuild_ps_asterisk_publications RENAME TO ps_asterisk_publications;

CREATE INDEX ps_asterisk_publications_id ON ps_asterisk_publications (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(511), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(255), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(255), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(255), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

CREATE TABLE ast_schema_rebuild_ps_endpoint_id_ips (
    id VARCHAR(255), 
    endpoint VARCHAR(255), 
    "match" VARCHAR(80), 
    srv_lookups VARCHAR(3) CHECK (srv_lookups IN ('yes', 'no')), 
    match_header VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoint_id_ips (id, endpoint, "match", srv_lookups, match_header) SELECT id, endpoint, "match", srv_lookups, match_header FROM ps_endpoint_id_ips;

DROP TABLE ps_endpoint_id_ips;

ALTER TABLE ast_schema_rebuild_ps_endpoint_id_ips RENAME TO ps_endpoint_id_ips;

CREATE INDEX ps_endpoint_id_ips_id ON ps_endpoint_id_ips (id);

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(255), 
    transport VARCHAR(40), 
    aors VARCHAR(2048), 
    auth VARCHAR(255), 
    context VARCHAR(40), 
    disallow VARCHAR(200), 
    allow VARCHAR(200), 
    direct_media VARCHAR(3) CHECK (direct_media IN ('yes', 'no')), 
    connected_line_method VARCHAR(8) CHECK (connected_line_method IN ('invite', 'reinvite', 'update')), 
    direct_media_method VARCHAR(8) CHECK (direct_media_method IN ('invite', 'reinvite', 'update')), 
    direct_media_glare_mitigation VARCHAR(8) CHECK (direct_media_glare_mitigation IN ('none', 'outgoing', 'incoming')), 
    disable_direct_media_on_nat VARCHAR(3) CHECK (disable_direct_media_on_nat IN ('yes', 'no')), 
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
    mailboxes VARCHAR(40), 
    moh_suggest VARCHAR(40), 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
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
    "100rel" VARCHAR(14) CHECK ("100rel" IN ('no', 'required', 'peer_supported', 'yes')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    suppress_q850_reason_headers VARCHAR(3) CHECK (suppress_q850_reason_headers IN ('yes', 'no')), 
    trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    codec_prefs_incoming_offer VARCHAR(128), 
    codec_prefs_outgoing_offer VARCHAR(128), 
    codec_prefs_incoming_answer VARCHAR(128), 
    codec_prefs_outgoing_answer VARCHAR(128), 
    stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    geoloc_incoming_call_profile VARCHAR(80), 
    geoloc_outgoing_call_profile VARCHAR(80), 
    incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first')), 
    outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first')), 
    stir_shaken_profile VARCHAR(80), 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    send_aoc VARCHAR(5) CHECK (send_aoc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    overlap_context VARCHAR(80), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ast_schema_rebuild_ps_globals (
    id VARCHAR(40) NOT NULL, 
    max_forwards INTEGER, 
    user_agent VARCHAR(255), 
    default_outbound_endpoint VARCHAR(40), 
    debug VARCHAR(40), 
    endpoint_identifier_order VARCHAR(40), 
    max_initial_qualify_time INTEGER, 
    default_from_user VARCHAR(80), 
    keep_alive_interval INTEGER, 
    regcontext VARCHAR(80), 
    contact_expiration_check_interval INTEGER, 
    default_voicemail_extension VARCHAR(40), 
    disable_multi_domain VARCHAR(3) CHECK (disable_multi_domain IN ('yes', 'no')), 
    unidentified_request_count INTEGER, 
    unidentified_request_period INTEGER, 
    unidentified_request_prune_interval INTEGER, 
    default_realm VARCHAR(40), 
    mwi_tps_queue_high INTEGER, 
    mwi_tps_queue_low INTEGER, 
    mwi_disable_initial_unsolicited VARCHAR(3) CHECK (mwi_disable_initial_unsolicited IN ('yes', 'no')), 
    ignore_uri_user_options VARCHAR(3) CHECK (ignore_uri_user_options IN ('yes', 'no')), 
    use_callerid_contact VARCHAR(5) CHECK (use_callerid_contact IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_contact_status_on_update_registration VARCHAR(5) CHECK (send_contact_status_on_update_registration IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    taskprocessor_overload_trigger VARCHAR(10) CHECK (taskprocessor_overload_trigger IN ('none', 'global', 'pjsip_only')), 
    norefersub VARCHAR(5) CHECK (norefersub IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_sending_180_after_183 VARCHAR(5) CHECK (allow_sending_180_after_183 IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    all_codecs_on_empty_reinvite VARCHAR(5) CHECK (all_codecs_on_empty_reinvite IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_globals (id, max_forwards, user_agent, default_outbound_endpoint, debug, endpoint_identifier_order, max_initial_qualify_time, default_from_user, keep_alive_interval, regcontext, contact_expiration_check_interval, default_voicemail_extension, disable_multi_domain, unidentified_request_count, unidentified_request_period, unidentified_request_prune_interval, default_realm, mwi_tps_queue_high, mwi_tps_queue_low, mwi_disable_initial_unsolicited, ignore_uri_user_options, use_callerid_contact, send_contact_status_on_update_registration, taskprocessor_overload_trigger, norefersub, allow_sending_180_after_183, all_codecs_on_empty_reinvite) SELECT id, max_forwards, user_agent, default_outbound_endpoint, debug, endpoint_identifier_order, max_initial_qualify_time, default_from_user, keep_alive_interval, regcontext, contact_expiration_check_interval, default_voicemail_extension, disable_multi_domain, unidentified_request_count, unidentified_request_period, unidentified_request_prune_interval, default_realm, mwi_tps_queue_high, mwi_tps_queue_low, mwi_disable_initial_unsolicited, ignore_uri_user_options, use_callerid_contact, send_contact_status_on_update_registration, taskprocessor_overload_trigger, norefersub, allow_sending_180_after_183, all_codecs_on_empty_reinvite FROM ps_globals;

DROP TABLE ps_globals;

ALTER TABLE ast_schema_rebuild_ps_globals RENAME TO ps_globals;

CREATE INDEX ps_globals_id ON ps_globals (id);

CREATE TABLE ast_schema_rebuild_ps_outbound_publishes (
    id VARCHAR(255), 
    expiration INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(256), 
    server_uri VARCHAR(256), 
    from_uri VARCHAR(256), 
    to_uri VARCHAR(256), 
    event VARCHAR(40), 
    max_auth_attempts INTEGER, 
    transport VARCHAR(40), 
    multi_user VARCHAR(3) CHECK (multi_user IN ('yes', 'no')), 
    "@body" VARCHAR(40), 
    "@context" VARCHAR(256), 
    "@exten" VARCHAR(256), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_outbound_publishes (id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten") SELECT id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten" FROM ps_outbound_publishes;

DROP TABLE ps_outbound_publishes;

ALTER TABLE ast_schema_rebuild_ps_outbound_publishes RENAME TO ps_outbound_publishes;

CREATE INDEX ps_outbound_publishes_id ON ps_outbound_publishes (id);

CREATE TABLE ast_schema_rebuild_ps_registrations (
    id VARCHAR(255), 
    auth_rejection_permanent VARCHAR(3) CHECK (auth_rejection_permanent IN ('yes', 'no')), 
    client_uri VARCHAR(255), 
    contact_user VARCHAR(40), 
    expiration INTEGER, 
    max_retries INTEGER, 
    outbound_auth VARCHAR(255), 
    outbound_proxy VARCHAR(255), 
    retry_interval INTEGER, 
    forbidden_retry_interval INTEGER, 
    server_uri VARCHAR(255), 
    transport VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    fatal_retry_interval INTEGER, 
    line VARCHAR(3) CHECK (line IN ('yes', 'no')), 
    endpoint VARCHAR(255), 
    support_outbound VARCHAR(5) CHECK (support_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    contact_header_params VARCHAR(255), 
    max_random_initial_delay INTEGER, 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    user_agent VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_registrations (id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms, user_agent) SELECT id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms, user_agent FROM ps_registrations;

DROP TABLE ps_registrations;

ALTER TABLE ast_schema_rebuild_ps_registrations RENAME TO ps_registrations;

CREATE INDEX ps_registrations_id ON ps_registrations (id);

CREATE TABLE ast_schema_rebuild_ps_resource_list (
    id VARCHAR(40) NOT NULL, 
    list_item VARCHAR(2048), 
    event VARCHAR(40), 
    full_state VARCHAR(3) CHECK (full_state IN ('yes', 'no')), 
    notification_batch_interval INTEGER, 
    resource_display_name VARCHAR(5) CHECK (resource_display_name IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_resource_list (id, list_item, event, full_state, notification_batch_interval, resource_display_name) SELECT id, list_item, event, full_state, notification_batch_interval, resource_display_name FROM ps_resource_list;

DROP TABLE ps_resource_list;

ALTER TABLE ast_schema_rebuild_ps_resource_list RENAME TO ps_resource_list;

CREATE INDEX ps_resource_list_id ON ps_resource_list (id);

CREATE TABLE ast_schema_rebuild_ps_subscription_persistence (
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
    contact_uri VARCHAR(256), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_subscription_persistence (id, packet, src_name, src_port, transport_key, local_name, local_port, cseq, tag, endpoint, expires, contact_uri, prune_on_boot) SELECT id, packet, src_name, src_port, transport_key, local_name, local_port, cseq, tag, endpoint, expires, contact_uri, prune_on_boot FROM ps_subscription_persistence;

DROP TABLE ps_subscription_persistence;

ALTER TABLE ast_schema_rebuild_ps_subscription_persistence RENAME TO ps_subscription_persistence;

CREATE INDEX ps_subscription_persistence_id ON ps_subscription_persistence (id);

CREATE TABLE ast_schema_rebuild_ps_systems (
    id VARCHAR(40) NOT NULL, 
    timer_t1 INTEGER, 
    timer_b INTEGER, 
    compact_headers VARCHAR(3) CHECK (compact_headers IN ('yes', 'no')), 
    threadpool_initial_size INTEGER, 
    threadpool_auto_increment INTEGER, 
    threadpool_idle_timeout INTEGER, 
    threadpool_max_size INTEGER, 
    disable_tcp_switch VARCHAR(3) CHECK (disable_tcp_switch IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    disable_rport VARCHAR(5) CHECK (disable_rport IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_systems (id, timer_t1, timer_b, compact_headers, threadpool_initial_size, threadpool_auto_increment, threadpool_idle_timeout, threadpool_max_size, disable_tcp_switch, follow_early_media_fork, accept_multiple_sdp_answers, disable_rport) SELECT id, timer_t1, timer_b, compact_headers, threadpool_initial_size, threadpool_auto_increment, threadpool_idle_timeout, threadpool_max_size, disable_tcp_switch, follow_early_media_fork, accept_multiple_sdp_answers, disable_rport FROM ps_systems;

DROP TABLE ps_systems;

ALTER TABLE ast_schema_rebuild_ps_systems RENAME TO ps_systems;

CREATE INDEX ps_systems_id ON ps_systems (id);

CREATE TABLE ast_schema_rebuild_ps_transports (
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'tlsv1_1', 'tlsv1_2', 'tlsv1_3', 'sslv2', 'sslv23', 'sslv3')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(4) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss', 'flow')), 
    require_client_cert VARCHAR(3) CHECK (require_client_cert IN ('yes', 'no')), 
    verify_client VARCHAR(3) CHECK (verify_client IN ('yes', 'no')), 
    verify_server VARCHAR(3) CHECK (verify_server IN ('yes', 'no')), 
    tos VARCHAR(10), 
    cos INTEGER, 
    allow_reload VARCHAR(3) CHECK (allow_reload IN ('yes', 'no')), 
    symmetric_transport VARCHAR(3) CHECK (symmetric_transport IN ('yes', 'no')), 
    allow_wildcard_certs VARCHAR(3) CHECK (allow_wildcard_certs IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_transports (id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs) SELECT id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs FROM ps_transports;

DROP TABLE ps_transports;

ALTER TABLE ast_schema_rebuild_ps_transports RENAME TO ps_transports;

CREATE INDEX ps_transports_id ON ps_transports (id);

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

CREATE TABLE ast_schema_rebuild_ps_transports (
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'sslv2', 'sslv3', 'sslv23')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(4) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss', 'flow')), 
    require_client_cert VARCHAR(3) CHECK (require_client_cert IN ('yes', 'no')), 
    verify_client VARCHAR(3) CHECK (verify_client IN ('yes', 'no')), 
    verify_server VARCHAR(3) CHECK (verify_server IN ('yes', 'no')), 
    tos VARCHAR(10), 
    cos INTEGER, 
    allow_reload VARCHAR(3) CHECK (allow_reload IN ('yes', 'no')), 
    symmetric_transport VARCHAR(3) CHECK (symmetric_transport IN ('yes', 'no')), 
    allow_wildcard_certs VARCHAR(3) CHECK (allow_wildcard_certs IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_transports (id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs) SELECT id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport, allow_wildcard_certs FROM ps_transports;

DROP TABLE ps_transports;

ALTER TABLE ast_schema_rebuild_ps_transports RENAME TO ps_transports;

CREATE INDEX ps_transports_id ON ps_transports (id);

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

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(40), 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    qualify_timeout FLOAT, 
    voicemail_extension VARCHAR(40), 
    remove_unavailable VARCHAR(5) CHECK (remove_unavailable IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout, voicemail_extension, remove_unavailable FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE INDEX ps_aors_qualifyfreq_contact ON ps_aors (qualify_frequency, contact);

CREATE TABLE ast_schema_rebuild_ps_auths (
    id VARCHAR(40), 
    auth_type VARCHAR(12) CHECK (auth_type IN ('md5', 'userpass', 'google_oauth')), 
    nonce_lifetime INTEGER, 
    md5_cred VARCHAR(40), 
    password VARCHAR(80), 
    realm VARCHAR(40), 
    username VARCHAR(40), 
    refresh_token VARCHAR(255), 
    oauth_clientid VARCHAR(255), 
    oauth_secret VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_auths (id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret) SELECT id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret FROM ps_auths;

DROP TABLE ps_auths;

ALTER TABLE ast_schema_rebuild_ps_auths RENAME TO ps_auths;

CREATE INDEX ps_auths_id ON ps_auths (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(511), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(255), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(40), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

CREATE TABLE ast_schema_rebuild_ps_domain_aliases (
    id VARCHAR(40), 
    domain VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_domain_aliases (id, domain) SELECT id, domain FROM ps_domain_aliases;

DROP TABLE ps_domain_aliases;

ALTER TABLE ast_schema_rebuild_ps_domain_aliases RENAME TO ps_domain_aliases;

CREATE INDEX ps_domain_aliases_id ON ps_domain_aliases (id);

CREATE TABLE ast_schema_rebuild_ps_endpoint_id_ips (
    id VARCHAR(40), 
    endpoint VARCHAR(40), 
    "match" VARCHAR(80), 
    srv_lookups VARCHAR(3) CHECK (srv_lookups IN ('yes', 'no')), 
    match_header VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoint_id_ips (id, endpoint, "match", srv_lookups, match_header) SELECT id, endpoint, "match", srv_lookups, match_header FROM ps_endpoint_id_ips;

DROP TABLE ps_endpoint_id_ips;

ALTER TABLE ast_schema_rebuild_ps_endpoint_id_ips RENAME TO ps_endpoint_id_ips;

CREATE INDEX ps_endpoint_id_ips_id ON ps_endpoint_id_ips (id);

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
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
    "100rel" VARCHAR(14) CHECK ("100rel" IN ('no', 'required', 'peer_supported', 'yes')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    suppress_q850_reason_headers VARCHAR(3) CHECK (suppress_q850_reason_headers IN ('yes', 'no')), 
    trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    codec_prefs_incoming_offer VARCHAR(128), 
    codec_prefs_outgoing_offer VARCHAR(128), 
    codec_prefs_incoming_answer VARCHAR(128), 
    codec_prefs_outgoing_answer VARCHAR(128), 
    stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    geoloc_incoming_call_profile VARCHAR(80), 
    geoloc_outgoing_call_profile VARCHAR(80), 
    incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first')), 
    outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first')), 
    stir_shaken_profile VARCHAR(80), 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    send_aoc VARCHAR(5) CHECK (send_aoc IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    overlap_context VARCHAR(80), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile, security_negotiation, security_mechanisms, send_aoc, overlap_context FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ast_schema_rebuild_ps_inbound_publications (
    id VARCHAR(40), 
    endpoint VARCHAR(40), 
    "event_asterisk-devicestate" VARCHAR(40), 
    "event_asterisk-mwi" VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_inbound_publications (id, endpoint, "event_asterisk-devicestate", "event_asterisk-mwi") SELECT id, endpoint, "event_asterisk-devicestate", "event_asterisk-mwi" FROM ps_inbound_publications;

DROP TABLE ps_inbound_publications;

ALTER TABLE ast_schema_rebuild_ps_inbound_publications RENAME TO ps_inbound_publications;

CREATE INDEX ps_inbound_publications_id ON ps_inbound_publications (id);

CREATE TABLE ast_schema_rebuild_ps_outbound_publishes (
    id VARCHAR(40), 
    expiration INTEGER, 
    outbound_auth VARCHAR(40), 
    outbound_proxy VARCHAR(256), 
    server_uri VARCHAR(256), 
    from_uri VARCHAR(256), 
    to_uri VARCHAR(256), 
    event VARCHAR(40), 
    max_auth_attempts INTEGER, 
    transport VARCHAR(40), 
    multi_user VARCHAR(3) CHECK (multi_user IN ('yes', 'no')), 
    "@body" VARCHAR(40), 
    "@context" VARCHAR(256), 
    "@exten" VARCHAR(256), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_outbound_publishes (id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten") SELECT id, expiration, outbound_auth, outbound_proxy, server_uri, from_uri, to_uri, event, max_auth_attempts, transport, multi_user, "@body", "@context", "@exten" FROM ps_outbound_publishes;

DROP TABLE ps_outbound_publishes;

ALTER TABLE ast_schema_rebuild_ps_outbound_publishes RENAME TO ps_outbound_publishes;

CREATE INDEX ps_outbound_publishes_id ON ps_outbound_publishes (id);

CREATE TABLE ast_schema_rebuild_ps_registrations (
    id VARCHAR(40), 
    auth_rejection_permanent VARCHAR(3) CHECK (auth_rejection_permanent IN ('yes', 'no')), 
    client_uri VARCHAR(255), 
    contact_user VARCHAR(40), 
    expiration INTEGER, 
    max_retries INTEGER, 
    outbound_auth VARCHAR(40), 
    outbound_proxy VARCHAR(40), 
    retry_interval INTEGER, 
    forbidden_retry_interval INTEGER, 
    server_uri VARCHAR(255), 
    transport VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    fatal_retry_interval INTEGER, 
    line VARCHAR(3) CHECK (line IN ('yes', 'no')), 
    endpoint VARCHAR(40), 
    support_outbound VARCHAR(5) CHECK (support_outbound IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    contact_header_params VARCHAR(255), 
    max_random_initial_delay INTEGER, 
    security_negotiation VARCHAR(8) CHECK (security_negotiation IN ('no', 'mediasec')), 
    security_mechanisms VARCHAR(512), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_registrations (id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms) SELECT id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path, fatal_retry_interval, line, endpoint, support_outbound, contact_header_params, max_random_initial_delay, security_negotiation, security_mechanisms FROM ps_registrations;

DROP TABLE ps_registrations;

ALTER TABLE ast_schema_rebuild_ps_registrations RENAME TO ps_registrations;

CREATE INDEX ps_registrations_id ON ps_registrations (id);

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

UPDATE alembic_version_config SET version_num='539f68bede2c' WHERE alembic_version_config.version_num = '417c0247fd7e';

COMMIT;

-- Running downgrade 539f68bede2c -> 9f3692b1654b, Add peer_supported to 100rel

-- WARNING: this limits ps_endpoints.100rel to the values no, required, yes

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited VARCHAR(5) CHECK (mwi_subscribe_replaces_unsolicited IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    suppress_q850_reason_headers VARCHAR(3) CHECK (suppress_q850_reason_headers IN ('yes', 'no')), 
    trust_connected_line VARCHAR(5) CHECK (trust_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_connected_line VARCHAR(5) CHECK (send_connected_line IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    ignore_183_without_sdp VARCHAR(5) CHECK (ignore_183_without_sdp IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    codec_prefs_incoming_offer VARCHAR(128), 
    codec_prefs_outgoing_offer VARCHAR(128), 
    codec_prefs_incoming_answer VARCHAR(128), 
    codec_prefs_outgoing_answer VARCHAR(128), 
    stir_shaken VARCHAR(5) CHECK (stir_shaken IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    send_history_info VARCHAR(5) CHECK (send_history_info IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    allow_unauthenticated_options VARCHAR(5) CHECK (allow_unauthenticated_options IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    t38_bind_udptl_to_media_address VARCHAR(5) CHECK (t38_bind_udptl_to_media_address IN ('0', '1', 'off', 'on', 'false', 'true', 'no', 'yes')), 
    geoloc_incoming_call_profile VARCHAR(80), 
    geoloc_outgoing_call_profile VARCHAR(80), 
    incoming_call_offer_pref VARCHAR(12) CHECK (incoming_call_offer_pref IN ('local', 'local_first', 'remote', 'remote_first')), 
    outgoing_call_offer_pref VARCHAR(12) CHECK (outgoing_call_offer_pref IN ('local', 'local_merge', 'local_first', 'remote', 'remote_merge', 'remote_first')), 
    stir_shaken_profile VARCHAR(80), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_headers, trust_connected_line, send_connected_line, ignore_183_without_sdp, codec_prefs_incoming_offer, codec_prefs_outgoing_offer, codec_prefs_incoming_answer, codec_prefs_outgoing_answer, stir_shaken, send_history_info, allow_unauthenticated_options, t38_bind_udptl_to_media_address, geoloc_incoming_call_profile, geoloc_outgoing_call_profile, incoming_call_offer_pref, outgoing_call_offer_pref, stir_shaken_profile FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

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

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(511), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(20), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(40), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

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

CREATE TABLE ast_schema_rebuild_musiconhold (
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

INSERT INTO ast_schema_rebuild_musiconhold (name, mode, directory, application, digit, sort, format, stamp) SELECT name, mode, directory, application, digit, sort, format, stamp FROM musiconhold;

DROP TABLE musiconhold;

ALTER TABLE ast_schema_rebuild_musiconhold RENAME TO musiconhold;

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

CREATE TABLE ast_schema_rebuild_ps_transports (
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
    method VARCHAR(11) CHECK (method IN ('default', 'unspecified', 'tlsv1', 'sslv2', 'sslv3', 'sslv23')), 
    local_net VARCHAR(40), 
    password VARCHAR(40), 
    priv_key_file VARCHAR(200), 
    protocol VARCHAR(3) CHECK (protocol IN ('udp', 'tcp', 'tls', 'ws', 'wss')), 
    require_client_cert VARCHAR(3) CHECK (require_client_cert IN ('yes', 'no')), 
    verify_client VARCHAR(3) CHECK (verify_client IN ('yes', 'no')), 
    verify_server VARCHAR(3) CHECK (verify_server IN ('yes', 'no')), 
    tos VARCHAR(10), 
    cos INTEGER, 
    allow_reload VARCHAR(3) CHECK (allow_reload IN ('yes', 'no')), 
    symmetric_transport VARCHAR(3) CHECK (symmetric_transport IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_transports (id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport) SELECT id, async_operations, bind, ca_list_file, cert_file, cipher, domain, external_media_address, external_signaling_address, external_signaling_port, method, local_net, password, priv_key_file, protocol, require_client_cert, verify_client, verify_server, tos, cos, allow_reload, symmetric_transport FROM ps_transports;

DROP TABLE ps_transports;

ALTER TABLE ast_schema_rebuild_ps_transports RENAME TO ps_transports;

CREATE INDEX ps_transports_id ON ps_transports (id);

CREATE TABLE ast_schema_rebuild_ps_auths (
    id VARCHAR(40), 
    auth_type VARCHAR(8) CHECK (auth_type IN ('md5', 'userpass')), 
    nonce_lifetime INTEGER, 
    md5_cred VARCHAR(40), 
    password VARCHAR(80), 
    realm VARCHAR(40), 
    username VARCHAR(40), 
    refresh_token VARCHAR(255), 
    oauth_clientid VARCHAR(255), 
    oauth_secret VARCHAR(255), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_auths (id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret) SELECT id, auth_type, nonce_lifetime, md5_cred, password, realm, username, refresh_token, oauth_clientid, oauth_secret FROM ps_auths;

DROP TABLE ps_auths;

ALTER TABLE ast_schema_rebuild_ps_auths RENAME TO ps_auths;

CREATE INDEX ps_auths_id ON ps_auths (id);

ALTER TABLE ps_registrations DROP COLUMN support_outbound;

ALTER TABLE ps_registrations DROP COLUMN contact_header_params;

ALTER TABLE ps_auths DROP COLUMN refresh_token;

ALTER TABLE ps_auths DROP COLUMN oauth_clientid;

ALTER TABLE ps_auths DROP COLUMN oauth_secret;

UPDATE alembic_version_config SET version_num='7f85dd44c775' WHERE alembic_version_config.version_num = '465f47f880be';

COMMIT;

-- Running downgrade 7f85dd44c775 -> fe6592859b85, fix suppress_q850_reason_headers

BEGIN;

ALTER TABLE ps_endpoints RENAME COLUMN suppress_q850_reason_headers TO suppress_q850_reason_header;

UPDATE alembic_version_config SET version_num='fe6592859b85' WHERE alembic_version_config.version_num = '7f85dd44c775';

COMMIT;

-- Running downgrade fe6592859b85 -> 1d3ed26d9978, Fix mwi_subscribe_replaces_unsolicited

BEGIN;

UPDATE ps_endpoints SET mwi_subscribe_replaces_unsolicited = '0' WHERE mwi_subscribe_replaces_unsolicited IN ('off', 'false', 'no');

UPDATE ps_endpoints SET mwi_subscribe_replaces_unsolicited = '1' WHERE mwi_subscribe_replaces_unsolicited IN ('on', 'true', 'yes');

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(80), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    follow_early_media_fork VARCHAR(3) CHECK (follow_early_media_fork IN ('yes', 'no')), 
    accept_multiple_sdp_answers VARCHAR(3) CHECK (accept_multiple_sdp_answers IN ('yes', 'no')), 
    suppress_q850_reason_header VARCHAR(3) CHECK (suppress_q850_reason_header IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_header) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert, follow_early_media_fork, accept_multiple_sdp_answers, suppress_q850_reason_header FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

UPDATE alembic_version_config SET version_num='1d3ed26d9978' WHERE alembic_version_config.version_num = 'fe6592859b85';

COMMIT;

-- Running downgrade 1d3ed26d9978 -> 19b00bc19b7b, Increase uri column size

-- WARNING: this narrows ps_contacts.uri to 255 characters

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time BIGINT, 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(20), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    endpoint VARCHAR(40), 
    prune_on_boot VARCHAR(3) CHECK (prune_on_boot IN ('yes', 'no')), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id, endpoint, prune_on_boot FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE INDEX ps_contacts_qualifyfreq_exp ON ps_contacts (qualify_frequency, expiration_time);

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(13) CHECK (identify_by IN ('username', 'auth_username', 'ip')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    bundle VARCHAR(3) CHECK (bundle IN ('yes', 'no')), 
    dtls_auto_generate_cert VARCHAR(3) CHECK (dtls_auto_generate_cert IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox, bundle, dtls_auto_generate_cert FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(9) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto', 'auto_info')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(13) CHECK (identify_by IN ('username', 'auth_username')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    webrtc VARCHAR(3) CHECK (webrtc IN ('yes', 'no')), 
    dtls_fingerprint VARCHAR(7) CHECK (dtls_fingerprint IN ('SHA-1', 'SHA-256')), 
    incoming_mwi_mailbox VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams, webrtc, dtls_fingerprint, incoming_mwi_mailbox FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(7) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto')), 
    external_media_address VARCHAR(40), 
    force_rport VARCHAR(3) CHECK (force_rport IN ('yes', 'no')), 
    ice_support VARCHAR(3) CHECK (ice_support IN ('yes', 'no')), 
    identify_by VARCHAR(13) CHECK (identify_by IN ('username', 'auth_username')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    contact_user VARCHAR(80), 
    preferred_codec_only VARCHAR(3) CHECK (preferred_codec_only IN ('yes', 'no')), 
    asymmetric_rtp_codec VARCHAR(3) CHECK (asymmetric_rtp_codec IN ('yes', 'no')), 
    rtcp_mux VARCHAR(3) CHECK (rtcp_mux IN ('yes', 'no')), 
    allow_overlap VARCHAR(3) CHECK (allow_overlap IN ('yes', 'no')), 
    refer_blind_progress VARCHAR(3) CHECK (refer_blind_progress IN ('yes', 'no')), 
    notify_early_inuse_ringing VARCHAR(3) CHECK (notify_early_inuse_ringing IN ('yes', 'no')), 
    max_audio_streams INTEGER, 
    max_video_streams INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout, contact_user, preferred_codec_only, asymmetric_rtp_codec, rtcp_mux, allow_overlap, refer_blind_progress, notify_early_inuse_ringing, max_audio_streams, max_video_streams FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(7) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(80), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    bind_rtp_to_media_address VARCHAR(3) CHECK (bind_rtp_to_media_address IN ('yes', 'no')), 
    voicemail_extension VARCHAR(40), 
    mwi_subscribe_replaces_unsolicited INTEGER, 
    deny VARCHAR(95), 
    permit VARCHAR(95), 
    acl VARCHAR(40), 
    contact_deny VARCHAR(95), 
    contact_permit VARCHAR(95), 
    contact_acl VARCHAR(40), 
    subscribe_context VARCHAR(40), 
    fax_detect_timeout INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold, bind_rtp_to_media_address, voicemail_extension, mwi_subscribe_replaces_unsolicited, deny, permit, acl, contact_deny, contact_permit, contact_acl, subscribe_context, fax_detect_timeout FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

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

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(20), 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    via_addr VARCHAR(40), 
    via_port INTEGER, 
    call_id VARCHAR(255), 
    UNIQUE (id), 
    CONSTRAINT ps_contacts_uq UNIQUE (id, reg_server)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server, authenticate_qualify, via_addr, via_port, call_id FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

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

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout FLOAT, 
    reg_server VARCHAR(20), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout, reg_server FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

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

BEGIN;

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(40), 
    contact VARCHAR(255), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    qualify_timeout INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(255) NOT NULL, 
    uri VARCHAR(255), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(255), 
    qualify_timeout INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent, qualify_timeout FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

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

CREATE TABLE ast_schema_rebuild_ps_aors (
    id VARCHAR(40), 
    contact VARCHAR(40), 
    default_expiration INTEGER, 
    mailboxes VARCHAR(80), 
    max_contacts INTEGER, 
    minimum_expiration INTEGER, 
    remove_existing VARCHAR(3) CHECK (remove_existing IN ('yes', 'no')), 
    qualify_frequency INTEGER, 
    authenticate_qualify VARCHAR(3) CHECK (authenticate_qualify IN ('yes', 'no')), 
    maximum_expiration INTEGER, 
    outbound_proxy VARCHAR(40), 
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    qualify_timeout INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_aors (id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout) SELECT id, contact, default_expiration, mailboxes, max_contacts, minimum_expiration, remove_existing, qualify_frequency, authenticate_qualify, maximum_expiration, outbound_proxy, support_path, qualify_timeout FROM ps_aors;

DROP TABLE ps_aors;

ALTER TABLE ast_schema_rebuild_ps_aors RENAME TO ps_aors;

CREATE INDEX ps_aors_id ON ps_aors (id);

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    dtmf_mode VARCHAR(7) CHECK (dtmf_mode IN ('rfc4733', 'inband', 'info', 'auto')), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(20), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    g726_non_standard VARCHAR(3) CHECK (g726_non_standard IN ('yes', 'no')), 
    rtp_keepalive INTEGER, 
    rtp_timeout INTEGER, 
    rtp_timeout_hold INTEGER, 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate, g726_non_standard, rtp_keepalive, rtp_timeout, rtp_timeout_hold FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

CREATE TABLE ast_schema_rebuild_sippeers (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    name VARCHAR(40) NOT NULL, 
    ipaddr VARCHAR(45), 
    port INTEGER, 
    regseconds INTEGER, 
    defaultuser VARCHAR(40), 
    fullcontact VARCHAR(80), 
    regserver VARCHAR(20), 
    useragent VARCHAR(255), 
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
    directmedia VARCHAR(8) CHECK (directmedia IN ('yes', 'no', 'nonat', 'update', 'outgoing')), 
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

INSERT INTO ast_schema_rebuild_sippeers (id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath) SELECT id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath FROM sippeers;

DROP TABLE sippeers;

ALTER TABLE ast_schema_rebuild_sippeers RENAME TO sippeers;

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

CREATE TABLE ast_schema_rebuild_iaxfriends (
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

INSERT INTO ast_schema_rebuild_iaxfriends (id, name, type, username, mailbox, secret, dbsecret, context, regcontext, host, ipaddr, port, defaultip, sourceaddress, mask, regexten, regseconds, accountcode, mohinterpret, mohsuggest, inkeys, outkeys, language, callerid, cid_number, sendani, fullname, trunk, auth, maxauthreq, requirecalltoken, encryption, transfer, jitterbuffer, forcejitterbuffer, disallow, allow, codecpriority, "qualify", qualifysmoothing, qualifyfreqok, qualifyfreqnotok, timezone, adsi, amaflags, setvar) SELECT id, name, type, username, mailbox, secret, dbsecret, context, regcontext, host, ipaddr, port, defaultip, sourceaddress, mask, regexten, regseconds, accountcode, mohinterpret, mohsuggest, inkeys, outkeys, language, callerid, cid_number, sendani, fullname, trunk, auth, maxauthreq, requirecalltoken, encryption, transfer, jitterbuffer, forcejitterbuffer, disallow, allow, codecpriority, "qualify", qualifysmoothing, qualifyfreqok, qualifyfreqnotok, timezone, adsi, amaflags, setvar FROM iaxfriends;

DROP TABLE iaxfriends;

ALTER TABLE ast_schema_rebuild_iaxfriends RENAME TO iaxfriends;

CREATE INDEX iaxfriends_name ON iaxfriends (name);

CREATE INDEX iaxfriends_name_host ON iaxfriends (name, host);

CREATE INDEX iaxfriends_name_ipaddr_port ON iaxfriends (name, ipaddr, port);

CREATE INDEX iaxfriends_ipaddr_port ON iaxfriends (ipaddr, port);

CREATE INDEX iaxfriends_host_port ON iaxfriends (host, port);

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

CREATE TABLE ast_schema_rebuild_ps_endpoints (
    id VARCHAR(40), 
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
    tos_audio VARCHAR(10), 
    tos_video VARCHAR(10), 
    sub_min_expiry INTEGER, 
    from_domain VARCHAR(40), 
    from_user VARCHAR(40), 
    mwi_from_user VARCHAR(40), 
    dtls_verify VARCHAR(40), 
    dtls_rekey VARCHAR(40), 
    dtls_cert_file VARCHAR(200), 
    dtls_private_key VARCHAR(200), 
    dtls_cipher VARCHAR(200), 
    dtls_ca_file VARCHAR(200), 
    dtls_ca_path VARCHAR(200), 
    dtls_setup VARCHAR(7) CHECK (dtls_setup IN ('active', 'passive', 'actpass')), 
    srtp_tag_32 VARCHAR(3) CHECK (srtp_tag_32 IN ('yes', 'no')), 
    media_address VARCHAR(40), 
    redirect_method VARCHAR(9) CHECK (redirect_method IN ('user', 'uri_core', 'uri_pjsip')), 
    set_var TEXT, 
    cos_audio INTEGER, 
    cos_video INTEGER, 
    message_context VARCHAR(40), 
    force_avp VARCHAR(3) CHECK (force_avp IN ('yes', 'no')), 
    media_use_received_transport VARCHAR(3) CHECK (media_use_received_transport IN ('yes', 'no')), 
    accountcode VARCHAR(20), 
    user_eq_phone VARCHAR(3) CHECK (user_eq_phone IN ('yes', 'no')), 
    moh_passthrough VARCHAR(3) CHECK (moh_passthrough IN ('yes', 'no')), 
    media_encryption_optimistic VARCHAR(3) CHECK (media_encryption_optimistic IN ('yes', 'no')), 
    rpid_immediate VARCHAR(3) CHECK (rpid_immediate IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_endpoints (id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate) SELECT id, transport, aors, auth, context, disallow, allow, direct_media, connected_line_method, direct_media_method, direct_media_glare_mitigation, disable_direct_media_on_nat, dtmf_mode, external_media_address, force_rport, ice_support, identify_by, mailboxes, moh_suggest, outbound_auth, outbound_proxy, rewrite_contact, rtp_ipv6, rtp_symmetric, send_diversion, send_pai, send_rpid, timers_min_se, timers, timers_sess_expires, callerid, callerid_privacy, callerid_tag, "100rel", aggregate_mwi, trust_id_inbound, trust_id_outbound, use_ptime, use_avpf, media_encryption, inband_progress, call_group, pickup_group, named_call_group, named_pickup_group, device_state_busy_at, fax_detect, t38_udptl, t38_udptl_ec, t38_udptl_maxdatagram, t38_udptl_nat, t38_udptl_ipv6, tone_zone, language, one_touch_recording, record_on_feature, record_off_feature, rtp_engine, allow_transfer, allow_subscribe, sdp_owner, sdp_session, tos_audio, tos_video, sub_min_expiry, from_domain, from_user, mwi_from_user, dtls_verify, dtls_rekey, dtls_cert_file, dtls_private_key, dtls_cipher, dtls_ca_file, dtls_ca_path, dtls_setup, srtp_tag_32, media_address, redirect_method, set_var, cos_audio, cos_video, message_context, force_avp, media_use_received_transport, accountcode, user_eq_phone, moh_passthrough, media_encryption_optimistic, rpid_immediate FROM ps_endpoints;

DROP TABLE ps_endpoints;

ALTER TABLE ast_schema_rebuild_ps_endpoints RENAME TO ps_endpoints;

CREATE INDEX ps_endpoints_id ON ps_endpoints (id);

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

CREATE TABLE ast_schema_rebuild_sippeers (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    name VARCHAR(40) NOT NULL, 
    ipaddr VARCHAR(45), 
    port INTEGER, 
    regseconds INTEGER, 
    defaultuser VARCHAR(40), 
    fullcontact VARCHAR(80), 
    regserver VARCHAR(20), 
    useragent VARCHAR(255), 
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

INSERT INTO ast_schema_rebuild_sippeers (id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath) SELECT id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath FROM sippeers;

DROP TABLE sippeers;

ALTER TABLE ast_schema_rebuild_sippeers RENAME TO sippeers;

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

UPDATE alembic_version_config SET version_num='5950038a6ead' WHERE alembic_version_config.version_num = '10aedae86a32';

COMMIT;

-- Running downgrade 5950038a6ead -> d39508cb8d8, Fix pjsip transports verify column

BEGIN;

ALTER TABLE ps_transports RENAME COLUMN verify_server TO verifiy_server;

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

CREATE TABLE ast_schema_rebuild_queue_members (
    queue_name VARCHAR(80) NOT NULL, 
    interface VARCHAR(80) NOT NULL, 
    membername VARCHAR(80), 
    state_interface VARCHAR(80), 
    penalty INTEGER, 
    paused INTEGER, 
    uniqueid VARCHAR(80) NOT NULL, 
    PRIMARY KEY (queue_name, interface)
);

INSERT INTO ast_schema_rebuild_queue_members (queue_name, interface, membername, state_interface, penalty, paused, uniqueid) SELECT queue_name, interface, membername, state_interface, penalty, paused, uniqueid FROM queue_members;

DROP TABLE queue_members;

ALTER TABLE ast_schema_rebuild_queue_members RENAME TO queue_members;

UPDATE alembic_version_config SET version_num='1758e8bbf6b' WHERE alembic_version_config.version_num = '5139253c0423';

COMMIT;

-- Running downgrade 1758e8bbf6b -> 1d50859ed02e, increase useragent column size

-- WARNING: this narrows sippeers.useragent to 20 characters

BEGIN;

CREATE TABLE ast_schema_rebuild_sippeers (
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

INSERT INTO ast_schema_rebuild_sippeers (id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath) SELECT id, name, ipaddr, port, regseconds, defaultuser, fullcontact, regserver, useragent, lastms, host, type, context, permit, deny, secret, md5secret, remotesecret, transport, dtmfmode, directmedia, nat, callgroup, pickupgroup, language, disallow, allow, insecure, trustrpid, progressinband, promiscredir, useclientcode, accountcode, setvar, callerid, amaflags, callcounter, busylevel, allowoverlap, allowsubscribe, videosupport, maxcallbitrate, rfc2833compensate, mailbox, "session-timers", "session-expires", "session-minse", "session-refresher", t38pt_usertpsource, regexten, fromdomain, fromuser, "qualify", defaultip, rtptimeout, rtpholdtimeout, sendrpid, outboundproxy, callbackextension, timert1, timerb, qualifyfreq, constantssrc, contactpermit, contactdeny, usereqphone, textsupport, faxdetect, buggymwi, auth, fullname, trunkname, cid_number, callingpres, mohinterpret, mohsuggest, parkinglot, hasvoicemail, subscribemwi, vmexten, autoframing, rtpkeepalive, "call-limit", g726nonstandard, ignoresdpversion, allowtransfer, dynamic, path, supportpath FROM sippeers;

DROP TABLE sippeers;

ALTER TABLE ast_schema_rebuild_sippeers RENAME TO sippeers;

CREATE INDEX sippeers_name ON sippeers (name);

CREATE INDEX sippeers_name_host ON sippeers (name, host);

CREATE INDEX sippeers_ipaddr_port ON sippeers (ipaddr, port);

CREATE INDEX sippeers_host_port ON sippeers (host, port);

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

CREATE TABLE ast_schema_rebuild_ps_globals (
    id VARCHAR(40) NOT NULL, 
    max_forwards INTEGER, 
    user_agent VARCHAR(40), 
    default_outbound_endpoint VARCHAR(40), 
    debug VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_globals (id, max_forwards, user_agent, default_outbound_endpoint, debug) SELECT id, max_forwards, user_agent, default_outbound_endpoint, debug FROM ps_globals;

DROP TABLE ps_globals;

ALTER TABLE ast_schema_rebuild_ps_globals RENAME TO ps_globals;

CREATE INDEX ps_globals_id ON ps_globals (id);

CREATE TABLE ast_schema_rebuild_ps_contacts (
    id VARCHAR(40) NOT NULL, 
    uri VARCHAR(40), 
    expiration_time VARCHAR(40), 
    qualify_frequency INTEGER, 
    outbound_proxy VARCHAR(40), 
    path TEXT, 
    user_agent VARCHAR(40), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_contacts (id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent) SELECT id, uri, expiration_time, qualify_frequency, outbound_proxy, path, user_agent FROM ps_contacts;

DROP TABLE ps_contacts;

ALTER TABLE ast_schema_rebuild_ps_contacts RENAME TO ps_contacts;

CREATE INDEX ps_contacts_id ON ps_contacts (id);

CREATE TABLE ast_schema_rebuild_ps_registrations (
    id VARCHAR(40), 
    auth_rejection_permanent VARCHAR(3) CHECK (auth_rejection_permanent IN ('yes', 'no')), 
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
    support_path VARCHAR(3) CHECK (support_path IN ('yes', 'no')), 
    UNIQUE (id)
);

INSERT INTO ast_schema_rebuild_ps_registrations (id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path) SELECT id, auth_rejection_permanent, client_uri, contact_user, expiration, max_retries, outbound_auth, outbound_proxy, retry_interval, forbidden_retry_interval, server_uri, transport, support_path FROM ps_registrations;

DROP TABLE ps_registrations;

ALTER TABLE ast_schema_rebuild_ps_registrations RENAME TO ps_registrations;

CREATE INDEX ps_registrations_id ON ps_registrations (id);

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

ALTER TABLE ps_endpoints ADD COLUMN tos_audio VARCHAR(3) CHECK (tos_audio IN ('yes', 'no'));

ALTER TABLE ps_endpoints ADD COLUMN tos_video VARCHAR(3) CHECK (tos_video IN ('yes', 'no'));

ALTER TABLE ps_endpoints DROP COLUMN cos_audio;

ALTER TABLE ps_endpoints DROP COLUMN cos_video;

ALTER TABLE ps_endpoints ADD COLUMN cos_audio VARCHAR(3) CHECK (cos_audio IN ('yes', 'no'));

ALTER TABLE ps_endpoints ADD COLUMN cos_video VARCHAR(3) CHECK (cos_video IN ('yes', 'no'));

ALTER TABLE ps_transports DROP COLUMN tos;

ALTER TABLE ps_transports ADD COLUMN tos VARCHAR(3) CHECK (tos IN ('yes', 'no'));

ALTER TABLE ps_transports DROP COLUMN cos;

ALTER TABLE ps_transports ADD COLUMN cos VARCHAR(3) CHECK (cos IN ('yes', 'no'));

UPDATE alembic_version_config SET version_num='28887f25a46f' WHERE alembic_version_config.version_num = '4c573e7135bd';

COMMIT;

-- Running downgrade 28887f25a46f -> 21e526ad3040, Create queue tables

-- WARNING: this drops table queues with its rows

-- WARNING: this drops table queue_members with its rows

BEGIN;

DROP TABLE queues;

DROP TABLE queue_members;

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

ALTER TABLE ps_endpoints RENAME COLUMN mwi_from_user TO mwi_fromuser;

ALTER TABLE ps_endpoints DROP COLUMN set_var;

ALTER TABLE ps_endpoints DROP COLUMN redirect_method;

ALTER TABLE ps_endpoints DROP COLUMN media_address;

DROP TABLE ps_registrations;

DROP TABLE ps_transports;

DROP TABLE ps_globals;

DROP TABLE ps_systems;

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

DELETE FROM alembic_version_config WHERE alembic_version_config.version_num = '4da0c5f79a9c';

COMMIT;

