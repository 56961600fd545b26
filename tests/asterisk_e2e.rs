//! End to end, with Asterisk itself as the client: databases that ast-schema built,
//! configured with `asterisk-config`'s output exactly as printed, are read and
//! written by a real Asterisk (22.10.1, and 20.20.1 for upgrade day).
//!
//! Each test owns its database, its Asterisk (private folder, SIP and manager ports)
//! and its ODBC files, so they run side by side. What a test adds to the printed
//! configuration is only what a deployment has anyway: asterisk.conf's directories,
//! pjsip.conf with one UDP transport, a dialplan, and a manager user to place calls.
//!
//! - PJSIP realtime on MariaDB and PostgreSQL through ODBC and on SQLite through the
//!   SQLite ODBC driver: the tutorial's endpoints are listed, a REGISTER with digest
//!   auth gets 200 OK and writes its ps_contacts row, an un-REGISTER deletes it.
//! - Every tree meets its reader: app_voicemail's ODBC storage writes
//!   voicemail_messages, cdr_adaptive_odbc writes cdr, app_queue writes queue_log
//!   (with realtime queues and members), `realtime load` reads sippeers and
//!   extensions.
//! - `lint` says what Asterisk will read, and after `lint --fix-escapes` Asterisk
//!   reads what the rows mean (a list's `;` kept, a password's and a URI's escaped).
//! - Upgrade day: a database built for 20.20.1 serves Asterisk 20.20.1, is moved the
//!   way the README says, and serves 22.10.1 with the rows and contacts 20 wrote.
//! - res_config_sqlite3's limits, as the README states them.

#[path = "common/asterisk.rs"]
mod asterisk;
mod common;
#[path = "common/sip.rs"]
mod sip;

use std::path::Path;

use ast_schema::definitions::dialect::Dialect;
use asterisk::{free_port, write_tone, Asterisk};
use common::{stderr, stdout, TempDir, TestDb};
use sip::SipClient;

const NEW: &str = "22.10.1";
const OLD: &str = "20.20.1";

/// asterisk-config's printed form split at its `; ---- PATH ----` lines:
/// `(path, contents)` with the blank line between files dropped.
fn split_printed(text: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(path) = line
            .trim_end()
            .strip_prefix("; ---- ")
            .and_then(|r| r.strip_suffix(" ----"))
        {
            files.push((path.to_string(), String::new()));
        } else {
            let (_, c) = files
                .last_mut()
                .unwrap_or_else(|| panic!("text before the first file header:\n{text}"));
            c.push_str(line);
        }
    }
    for (_, c) in files.iter_mut() {
        if c.ends_with("\n\n") {
            c.pop();
        }
    }
    files
}

/// Runs `asterisk-config ARGS` on `db`, writes every printed file into `etc` under
/// its own name exactly as printed, and checks that `--dir` writes the same files.
/// Returns the printed form.
fn configure(db: &TestDb, etc: &Path, args: &[&str]) -> String {
    configure_url(&db.url, etc, args)
}

/// [`configure`] for the database at `url` (another user's URL, say).
fn configure_url(url: &str, etc: &Path, args: &[&str]) -> String {
    let run = |extra: &[&str]| {
        let mut all = vec!["--url", url, "asterisk-config"];
        all.extend_from_slice(args);
        all.extend_from_slice(extra);
        common::ast(&all)
    };
    let out = run(&[]);
    assert!(out.status.success(), "asterisk-config: {}", stderr(&out));
    let printed = stdout(&out);
    let files = split_printed(&printed);
    assert!(!files.is_empty(), "nothing printed:\n{printed}");
    std::fs::create_dir_all(etc).unwrap();
    for (path, contents) in &files {
        let name = Path::new(path).file_name().unwrap();
        std::fs::write(etc.join(name), contents).unwrap();
    }
    // --dir writes the very same files.
    let other = TempDir::new("astconf-dir");
    let dir = other.0.join("etc");
    let d = dir.display().to_string();
    let out = run(&["--dir", &d]);
    assert!(
        out.status.success(),
        "asterisk-config --dir: {}",
        stderr(&out)
    );
    for (path, contents) in &files {
        let name = Path::new(path).file_name().unwrap();
        assert_eq!(
            &std::fs::read_to_string(dir.join(name)).unwrap(),
            contents,
            "--dir wrote {path} differently"
        );
    }
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), files.len());
    // And refuses to overwrite them without --force.
    assert!(
        !run(&["--dir", &d]).status.success(),
        "--dir overwrote files without --force"
    );
    printed
}

/// A MariaDB user of its own with a password res_odbc.conf must escape, dropped
/// at the end: `asterisk-config` prints the password from the URL, and Asterisk
/// logs in with it.
struct MysqlUser {
    db_url: String,
    name: String,
}

impl MysqlUser {
    const PASSWORD: &'static str = "s3;cr#t";

    fn new(db: &TestDb) -> MysqlUser {
        let name = format!("ast_e2e_{}", std::process::id());
        let database = db.url.rsplit('/').next().unwrap().to_string();
        db.exec(&format!("DROP USER IF EXISTS '{name}'@'127.0.0.1'"));
        db.exec(&format!(
            "CREATE USER '{name}'@'127.0.0.1' IDENTIFIED BY '{}'",
            Self::PASSWORD
        ));
        db.exec(&format!(
            "GRANT ALL PRIVILEGES ON `{database}`.* TO '{name}'@'127.0.0.1'"
        ));
        MysqlUser {
            db_url: db.url.clone(),
            name,
        }
    }

    /// The database's URL for this user, password percent-encoded.
    fn url(&self) -> String {
        let (scheme_host, database) = self.db_url.rsplit_once('/').unwrap();
        let host = scheme_host.rsplit('@').next().unwrap();
        format!("mysql://{}:s3%3Bcr%23t@{host}/{database}", self.name)
    }
}

impl Drop for MysqlUser {
    fn drop(&mut self) {
        let admin = ast_schema::db::url::DbUrl::parse(&self.db_url).unwrap();
        if let Ok(mut c) = ast_schema::db::driver::connect(&admin) {
            let _ = c.execute(&format!("DROP USER IF EXISTS '{}'@'127.0.0.1'", self.name));
        }
    }
}

fn pjsip_conf(port: u16) -> String {
    format!("[transport-udp]\ntype = transport\nprotocol = udp\nbind = 127.0.0.1:{port}\n")
}

/// The dialplan: a voicemail drop, a queue, and a realtime-free context for phones.
fn extensions_conf() -> String {
    "[from-internal]\nexten => 100,1,Answer()\n same => n,Hangup()\n\n\
     [vm-test]\nexten => leave,1,Answer()\n same => n,VoiceMail(101@default,s)\n same => n,Hangup()\n\n\
     [queue-test]\nexten => join,1,Answer()\n same => n,Queue(support,,,,2)\n same => n,Hangup()\n"
        .to_string()
}

/// The PJSIP realtime tutorial's phones (endpoint, auth and aor each), an identify
/// and a domain alias.
fn tutorial(db: &TestDb, ids: &[&str]) {
    for n in ids {
        db.add_phone(n);
    }
    db.insert(
        "ps_endpoint_id_ips",
        &[("id", "gw"), ("endpoint", ids[0]), ("match", "192.0.2.10")],
    );
    db.insert(
        "ps_domain_aliases",
        &[("id", "example.org"), ("domain", "127.0.0.1")],
    );
}

/// Rows for the other families and trees: a realtime voicemail box, a queue with
/// a member, an old sippeers peer and a realtime extension.
fn other_families(db: &TestDb) {
    db.insert(
        "voicemail",
        &[
            ("uniqueid", "1"),
            ("context", "default"),
            ("mailbox", "101"),
            ("password", "1234"),
            ("fullname", "Alice"),
        ],
    );
    db.insert("queues", &[("name", "support"), ("strategy", "ringall")]);
    db.insert(
        "queue_members",
        &[
            ("queue_name", "support"),
            ("interface", "Local/agent@queue-test"),
            ("membername", "agent1"),
            ("uniqueid", "1"),
        ],
    );
    db.insert(
        "sippeers",
        &[
            ("name", "legacy"),
            ("type", "friend"),
            ("host", "dynamic"),
            ("context", "from-sip"),
            ("callerid", "Legacy <300>"),
        ],
    );
    db.insert(
        "extensions",
        &[
            ("context", "rt"),
            ("exten", "500"),
            ("priority", "1"),
            ("app", "Verbose"),
            ("appdata", "realtime extension"),
        ],
    );
}

/// The names a schema problem in Asterisk's log would mention: every table of the
/// database, and every column with a `_` in its name (plain words such as `name`
/// or `time` are in too many other messages).
fn schema_names(db: &TestDb) -> Vec<String> {
    let mut names: Vec<String> = db
        .tables()
        .into_iter()
        .filter(|t| !t.starts_with("alembic_version") && t != "ast_schema_history")
        .collect();
    for line in db.dump().lines() {
        if let Some(col) = line.trim_start().strip_prefix("column ") {
            let col = col
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            if col.contains('_') && !names.contains(&col) {
                names.push(col);
            }
        }
    }
    names
}

fn assert_no_schema_problems(ast: &Asterisk, db: &TestDb) {
    let bad = ast.schema_problems(&schema_names(db));
    assert!(
        bad.is_empty(),
        "{}: Asterisk {} logged errors or warnings about tables or columns:\n{}",
        db.dialect,
        ast.version,
        bad.join("\n")
    );
}

/// The ps_contacts rows as `(id, uri)`.
fn contacts(db: &TestDb) -> Vec<(String, String)> {
    db.query("SELECT id, uri FROM ps_contacts ORDER BY id")
        .into_iter()
        .map(|r| {
            (
                r[0].clone().unwrap_or_default(),
                r[1].clone().unwrap_or_default(),
            )
        })
        .collect()
}

/// REGISTERs `user` (200 OK), checks the ps_contacts row Asterisk wrote, and
/// returns the client (still registered for `expires` seconds).
fn register(ast: &Asterisk, db: &TestDb, user: &str, password: &str, expires: u32) -> SipClient {
    let mut c = SipClient::new(ast.sip_port, user, password);
    let r = c
        .register(expires)
        .unwrap_or_else(|e| panic!("{e}\n{}", ast.log()));
    assert_eq!(
        r.code,
        200,
        "{}: REGISTER {user} got:\n{}\nAsterisk printed:\n{}",
        db.dialect,
        r.text,
        ast.log()
    );
    let contact = c.contact();
    ast.wait_for(&format!("the ps_contacts row of {contact}"), 10, || {
        contacts(db)
            .iter()
            .any(|(id, uri)| id.starts_with(user) && uri == &contact)
            .then_some(())
    });
    c
}

fn unregister(ast: &Asterisk, db: &TestDb, c: &mut SipClient) {
    let r = c
        .register(0)
        .unwrap_or_else(|e| panic!("{e}\n{}", ast.log()));
    assert_eq!(r.code, 200, "{}: un-REGISTER got:\n{}", db.dialect, r.text);
    let contact = c.contact();
    ast.wait_for(&format!("{contact} to leave ps_contacts"), 10, || {
        (!contacts(db).iter().any(|(_, uri)| uri == &contact)).then_some(())
    });
}

/// The length in bytes of a blob column, per dialect.
fn blob_len(d: Dialect, col: &str) -> String {
    match d {
        Dialect::Postgresql => format!("octet_length({col})"),
        _ => format!("length({col})"),
    }
}

/// One database, all four trees, Asterisk 22.10.1 through ODBC.
fn everything_through_odbc(d: Dialect) {
    let db = TestDb::new(d, "e2e");
    db.ok(&["--tree", "all", "upgrade", "head"]);
    let dir = TempDir::new("e2e-ast");
    let etc = Asterisk::etc(&dir);
    // On MariaDB Asterisk logs in as a user with a password (PostgreSQL trusts
    // 127.0.0.1 here and SQLite has none).
    let user = (d == Dialect::Mysql).then(|| MysqlUser::new(&db));
    let printed = match &user {
        Some(u) => configure_url(&u.url(), &etc, &[]),
        None => configure(&db, &etc, &[]),
    };
    if user.is_some() {
        assert!(printed.contains("password => s3\\;cr#t\n"), "{printed}");
    } else {
        assert!(!printed.contains("password"), "{d}: {printed}");
    }
    // The printed form: the tutorial's families, no transport/system/global, the
    // driver's package named.
    for line in [
        "endpoint=realtime,ps_endpoints\n",
        "auth=realtime,ps_auths\n",
        "aor=realtime,ps_aors\n",
        "contact=realtime,ps_contacts\n",
        "domain_alias=realtime,ps_domain_aliases\n",
        "identify=realtime,ps_endpoint_id_ips\n",
        "registration=realtime,ps_registrations\n",
    ] {
        assert!(printed.contains(line), "{d}: no {line:?} in:\n{printed}");
    }
    assert!(
        !printed.contains("transport=realtime")
            && !printed.contains("system=realtime")
            && !printed.contains("global=realtime"),
        "{d}: {printed}"
    );
    let package = match d {
        Dialect::Mysql => "odbc-mariadb",
        Dialect::Postgresql => "odbc-postgresql",
        Dialect::Sqlite => "libsqliteodbc",
    };
    assert!(printed.contains(package), "{d}: {printed}");
    let port = free_port();
    std::fs::write(etc.join("pjsip.conf"), pjsip_conf(port)).unwrap();
    std::fs::write(etc.join("extensions.conf"), extensions_conf()).unwrap();
    let tone = dir.0.join("tone");
    write_tone(&tone, 4);

    tutorial(&db, &["101", "102"]);
    other_families(&db);
    let ast = Asterisk::start(NEW, dir, port);

    // The objects load from the database.
    let eps = ast.rx("pjsip show endpoints");
    for want in [" 101 ", " 102 ", "InAuth:  101/101", "Aor:  101 "] {
        assert!(eps.contains(want), "{d}: no {want:?} in:\n{eps}");
    }
    assert!(eps.contains("Objects found: 2"), "{d}:\n{eps}");
    let aors = ast.rx("pjsip show aors");
    assert!(aors.contains("Objects found: 2"), "{d}:\n{aors}");
    let auths = ast.rx("pjsip show auths");
    assert!(
        auths.contains("101/101") && auths.contains("102/102"),
        "{d}:\n{auths}"
    );
    let ids = ast.rx("pjsip show identifies");
    assert!(
        ids.contains("gw/101") && ids.contains("192.0.2.10"),
        "{d}:\n{ids}"
    );

    // REGISTER: 200 OK and a ps_contacts row; a wrong password is refused;
    // un-REGISTER deletes the row.
    let mut wrong = SipClient::new(port, "102", "nope");
    let r = wrong.register(120).unwrap();
    assert_eq!(r.code, 401, "{d}: a wrong password got {}", r.text);
    let mut phone = register(&ast, &db, "101", "101", 300);
    let shown = ast.rx("pjsip show contacts");
    assert!(shown.contains(&phone.contact()), "{d}:\n{shown}");
    unregister(&ast, &db, &mut phone);

    // voicemail tree: a message left through a Local channel lands in
    // voicemail_messages, for the realtime mailbox.
    ast.originate(
        "Local/leave@vm-test",
        "Playback",
        &tone.display().to_string(),
    );
    let q = format!(
        "SELECT mailboxuser, mailboxcontext, duration, {}, msgnum, dir FROM voicemail_messages",
        blob_len(d, "recording")
    );
    let row = ast.wait_for("the voicemail message", 30, || {
        db.query(&q).into_iter().next()
    });
    assert_eq!(row[0].as_deref(), Some("101"), "{d}: {row:?}");
    assert_eq!(row[1].as_deref(), Some("default"), "{d}: {row:?}");
    assert!(
        row[2].as_deref().and_then(|s| s.parse::<i64>().ok()) >= Some(1),
        "{d}: no duration: {row:?}"
    );
    assert!(
        row[3].as_deref().and_then(|s| s.parse::<i64>().ok()) > Some(1000),
        "{d}: no recording: {row:?}"
    );
    assert!(
        row[5]
            .as_deref()
            .is_some_and(|s| s.ends_with("default/101/INBOX")),
        "{d}: {row:?}"
    );

    // cdr tree: the call's records land in cdr, in the columns the tree made.
    let q = format!(
        "SELECT dst, dcontext, lastapp, disposition, billsec, uniqueid, linkedid, {} FROM cdr WHERE lastapp = 'VoiceMail'",
        d.ident("end")
    );
    let row = ast.wait_for("the call's CDR", 20, || db.query(&q).into_iter().next());
    assert_eq!(row[0].as_deref(), Some("leave"), "{d}: {row:?}");
    assert_eq!(row[1].as_deref(), Some("vm-test"), "{d}: {row:?}");
    assert_eq!(row[3].as_deref(), Some("ANSWERED"), "{d}: {row:?}");
    assert!(
        row[5].is_some() && row[6].is_some() && row[7].is_some(),
        "{d}: {row:?}"
    );

    // queue_log tree: app_queue (realtime queue and member) logs its events there.
    let queue = ast.rx("queue show support");
    assert!(
        queue.contains("agent1") && queue.contains("(realtime)"),
        "{d}:\n{queue}"
    );
    ast.originate(
        "Local/join@queue-test",
        "Playback",
        &tone.display().to_string(),
    );
    let q = "SELECT event, data1, data2, data3 FROM queue_log WHERE queuename = 'support' AND event = 'EXITWITHTIMEOUT'";
    let row = ast.wait_for("queue_log's EXITWITHTIMEOUT", 20, || {
        db.query(q).into_iter().next()
    });
    assert_eq!(row[1].as_deref(), Some("1"), "{d}: position {row:?}");
    let events: Vec<String> = db
        .query("SELECT event FROM queue_log WHERE queuename = 'support' ORDER BY id")
        .into_iter()
        .filter_map(|r| r[0].clone())
        .collect();
    assert!(
        events.contains(&"ENTERQUEUE".to_string()),
        "{d}: {events:?}"
    );

    // An older family through extconfig: `realtime load` reads the rows.
    let peer = ast.rx("realtime load sippeers name legacy");
    assert!(
        peer.contains("from-sip") && peer.contains("Legacy <300>"),
        "{d}:\n{peer}"
    );
    let ext = ast.rx("realtime load extensions exten 500");
    assert!(ext.contains("realtime extension"), "{d}:\n{ext}");

    assert_no_schema_problems(&ast, &db);
    let out = db.ast(&["lint"]);
    assert!(out.status.success(), "{d}: lint: {}", stdout(&out));

    fix_escapes_keeps_meaning(&ast, &db);
}

/// Values with `;` and `^`: what lint says Asterisk reads is what Asterisk reads,
/// and after `lint --fix-escapes` it reads what the rows mean.
fn fix_escapes_keeps_meaning(ast: &Asterisk, db: &TestDb) {
    let d = db.dialect;
    db.exec("UPDATE ps_auths SET password = 'pa;ss' WHERE id = '102'");
    db.exec(
        "UPDATE ps_endpoints SET callerid = 'Bob;Smith <102>', set_var = 'A=1;B=2', \
         outbound_proxy = 'sip:127.0.0.1:5999;lr' WHERE id = '102'",
    );
    db.insert(
        "ps_aors",
        &[
            ("id", "trunk"),
            ("contact", "sip:trunk@127.0.0.1:5999;transport=udp"),
        ],
    );
    db.add_phone("103");
    db.exec("UPDATE ps_auths SET password = 'se^41cret' WHERE id = '103'");

    // What Asterisk reads now: the last piece of a split value, ^41 decoded.
    let ep = ast.rx("pjsip show endpoint 102");
    assert!(
        !ep.contains("Bob;Smith") && ep.contains("Smith"),
        "{d}: the callerid was expected split:\n{ep}"
    );
    assert!(
        ep.lines()
            .any(|l| l.starts_with(" outbound_proxy ") && l.trim_end().ends_with(": lr")),
        "{d}: the URI was expected cut at its parameter:\n{ep}"
    );
    let mut c = SipClient::new(ast.sip_port, "102", "pa;ss");
    assert_eq!(
        c.register(60).unwrap().code,
        401,
        "{d}: 'pa;ss' is read as 'ss'"
    );
    let mut c = SipClient::new(ast.sip_port, "102", "ss");
    assert_eq!(
        c.register(0).unwrap().code,
        200,
        "{d}: 'pa;ss' is read as 'ss'"
    );
    let mut c = SipClient::new(ast.sip_port, "103", "seAcret");
    assert_eq!(
        c.register(0).unwrap().code,
        200,
        "{d}: se^41cret is read as seAcret"
    );

    // lint names each of them, with what Asterisk reads, never a password.
    let out = db.ast(&["lint"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(18), "{d}: {text}");
    for want in [
        "error ps_auths 102 password: a literal ';'",
        "error ps_endpoints 102 callerid: a literal ';'",
        "Asterisk reads \"Smith <102>\"",
        "error ps_endpoints 102 outbound_proxy: a ';' inside the URI",
        "Asterisk reads \"lr\"",
        "error ps_aors trunk contact: a ';' inside a URI of the list",
        "warning ps_auths 103 password: res_config_odbc decodes",
    ] {
        assert!(text.contains(want), "{d}: no {want:?} in:\n{text}");
    }
    assert!(
        !text.contains("set_var"),
        "{d}: set_var's ';' is a separator:\n{text}"
    );
    assert!(
        !text.contains("pa;ss") && !text.contains("se^41cret"),
        "{d}: {text}"
    );

    let out = db.ast(&["lint", "--fix-escapes"]);
    let text = stdout(&out);
    assert!(
        text.contains("fixed ps_endpoints 102 outbound_proxy: \"sip:127.0.0.1:5999;lr\" -> \"sip:127.0.0.1:5999^3Blr\""),
        "{d}: {text}\n{}",
        stderr(&out)
    );
    assert!(
        text.contains("fixed ps_aors trunk contact: \"sip:trunk@127.0.0.1:5999;transport=udp\" -> \"sip:trunk@127.0.0.1:5999^3Btransport=udp\""),
        "{d}: {text}"
    );
    assert!(!text.contains("set_var"), "{d}: {text}");
    // The ^41 is left alone (it may be meant): still a warning, no error left.
    assert_eq!(out.status.code(), Some(0), "{d}: {text}");
    assert_eq!(
        db.query("SELECT set_var FROM ps_endpoints WHERE id = '102'")[0][0].as_deref(),
        Some("A=1;B=2")
    );

    // Asterisk now reads what the rows mean.
    let ep = ast.rx("pjsip show endpoint 102");
    for want in ["\"Bob;Smith\" <102>", "sip:127.0.0.1:5999;lr"] {
        assert!(ep.contains(want), "{d}: no {want:?} in:\n{ep}");
    }
    // set_var's two entries are still two channel variables.
    assert_eq!(sorcery_field(ast, "102", "A"), "1", "{d}");
    assert_eq!(sorcery_field(ast, "102", "B"), "2", "{d}");
    let aor = ast.rx("pjsip show aor trunk");
    assert!(
        aor.contains("sip:trunk@127.0.0.1:5999;transport=udp"),
        "{d}:\n{aor}"
    );
    let mut phone = register(ast, db, "102", "pa;ss", 60);
    unregister(ast, db, &mut phone);
    let mut c = SipClient::new(ast.sip_port, "103", "seAcret");
    assert_eq!(
        c.register(0).unwrap().code,
        200,
        "{d}: the fix left ^41 as it was"
    );
}

/// What a dialplan function returns (`dialplan eval function`).
fn eval(ast: &Asterisk, function: &str) -> String {
    let out = ast.rx(&format!("dialplan eval function {function}"));
    out.lines()
        .find_map(|l| l.strip_prefix("Result: "))
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// A field of endpoint `id` as Asterisk holds it (AST_SORCERY; a `set_var` entry
/// `A=1` is field `A`).
fn sorcery_field(ast: &Asterisk, id: &str, field: &str) -> String {
    eval(
        ast,
        &format!("AST_SORCERY(res_pjsip,endpoint,{id},{field})"),
    )
}

#[test]
fn mariadb_through_odbc() {
    everything_through_odbc(Dialect::Mysql);
}

#[test]
fn postgresql_through_odbc() {
    everything_through_odbc(Dialect::Postgresql);
}

#[test]
fn sqlite_through_the_sqlite_odbc_driver() {
    everything_through_odbc(Dialect::Sqlite);
}

/// `current` names `release` among the releases whose schema the config tree has.
fn assert_built_for(db: &TestDb, release: &str) {
    let out = db.ok(&["--format", "json", "current"]);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let config = doc["trees"]
        .as_array()
        .and_then(|ts| ts.iter().find(|t| t["tree"] == "config"))
        .unwrap_or_else(|| panic!("no config tree in {out}"));
    let releases = config["releases"].as_array().cloned().unwrap_or_default();
    assert!(
        releases.iter().any(|r| r == release),
        "{}: {release} not among {releases:?}",
        db.dialect
    );
}

/// The ids of the rows in ps_contacts whose uri is `uri`.
fn contact_ids(db: &TestDb, uri: &str) -> Vec<String> {
    contacts(db)
        .into_iter()
        .filter(|(_, u)| u == uri)
        .map(|(id, _)| id)
        .collect()
}

/// Upgrade day: built for 20.20.1, served by 20.20.1, moved as the README says,
/// served by 22.10.1 with what 20 wrote.
fn upgrade_day(d: Dialect) {
    let db = TestDb::new(d, "e2e-upday");
    db.ok(&["--tree", "all", "--asterisk", OLD, "upgrade"]);
    assert_built_for(&db, OLD);
    tutorial(&db, &["101", "102"]);
    other_families(&db);
    // A database built for a release is linted and configured as it is.
    let out = db.ast(&["lint"]);
    assert!(out.status.success(), "{d}: {}", stderr(&out));
    let out = db.ast(&["--asterisk", OLD, "lint"]);
    assert!(out.status.success(), "{d}: {}", stderr(&out));

    let dir = TempDir::new("e2e-ast20");
    let etc = Asterisk::etc(&dir);
    configure(&db, &etc, &["--asterisk", OLD]);
    let port = free_port();
    std::fs::write(etc.join("pjsip.conf"), pjsip_conf(port)).unwrap();
    std::fs::write(etc.join("extensions.conf"), extensions_conf()).unwrap();
    let tone = dir.0.join("tone");
    write_tone(&tone, 4);
    // One spool folder for both, as on a machine upgraded in place.
    let spool = TempDir::new("e2e-spool");
    let mut old = Asterisk::start_with_spool(OLD, dir, port, Some(&spool.0));
    let eps = old.rx("pjsip show endpoints");
    assert!(eps.contains("Objects found: 2"), "{d}: 20.20.1:\n{eps}");
    // 20 registers a phone (for an hour) and takes a voicemail message.
    let phone = register(&old, &db, "101", "101", 3600);
    let ids = contact_ids(&db, &phone.contact());
    assert_eq!(ids.len(), 1, "{d}: {ids:?}");
    old.originate(
        "Local/leave@vm-test",
        "Playback",
        &tone.display().to_string(),
    );
    old.wait_for("20.20.1's voicemail message", 30, || {
        (!db.query("SELECT msgnum FROM voicemail_messages").is_empty()).then_some(())
    });
    assert_no_schema_problems(&old, &db);
    old.stop();

    // Moved the way the README tells operators.
    db.ok(&["--tree", "all", "--asterisk", NEW, "upgrade"]);
    assert_built_for(&db, NEW);
    db.ok(&["--asterisk", NEW, "verify"]);
    let out = db.ast(&["lint"]);
    assert!(out.status.success(), "{d}: {}", stderr(&out));

    let dir = TempDir::new("e2e-ast22");
    let etc = Asterisk::etc(&dir);
    configure(&db, &etc, &[]);
    let port = free_port();
    std::fs::write(etc.join("pjsip.conf"), pjsip_conf(port)).unwrap();
    std::fs::write(etc.join("extensions.conf"), extensions_conf()).unwrap();
    let new = Asterisk::start_with_spool(NEW, dir, port, Some(&spool.0));
    let eps = new.rx("pjsip show endpoints");
    assert!(eps.contains("Objects found: 2"), "{d}: 22.10.1:\n{eps}");
    // The contact Asterisk 20 wrote is there for 22, row untouched.
    assert_eq!(contact_ids(&db, &phone.contact()), ids, "{d}");
    let aor = new.rx("pjsip show aor 101");
    assert!(aor.contains(&phone.contact()), "{d}: 22.10.1:\n{aor}");
    // So is 20's voicemail message.
    let count = eval(&new, "VM_INFO(101@default,count)");
    assert_eq!(count, "1", "{d}: 22.10.1 does not count 20's message");
    // The phone refreshes its registration with 22 and then leaves.
    let mut phone = phone;
    phone.set_server_port(port);
    let r = phone.register(3600).unwrap();
    assert_eq!(r.code, 200, "{d}: refresh with 22.10.1: {}", r.text);
    assert_eq!(
        contact_ids(&db, &phone.contact()),
        ids,
        "{d}: one row, same id"
    );
    unregister(&new, &db, &mut phone);
    assert_no_schema_problems(&new, &db);
}

#[test]
fn upgrade_day_mariadb() {
    upgrade_day(Dialect::Mysql);
}

#[test]
fn upgrade_day_postgresql() {
    upgrade_day(Dialect::Postgresql);
}

#[test]
fn upgrade_day_sqlite() {
    upgrade_day(Dialect::Sqlite);
}

/// res_config_sqlite3, configured with `asterisk-config --backend sqlite3` as
/// printed: what works and the limits the README states (checked here so that a
/// release that lifts one fails this test and the README gets updated).
#[test]
fn res_config_sqlite3_and_its_limits() {
    let db = TestDb::new(Dialect::Sqlite, "e2e-sqlite3");
    db.ok(&["upgrade", "head"]);
    let dir = TempDir::new("e2e-ast-sqlite3");
    let etc = Asterisk::etc(&dir);
    let printed = configure(&db, &etc, &["--backend", "sqlite3"]);
    assert!(
        printed.contains("ps_endpoints => sqlite3,asterisk,ps_endpoints\n"),
        "{printed}"
    );
    let port = free_port();
    std::fs::write(etc.join("pjsip.conf"), pjsip_conf(port)).unwrap();
    std::fs::write(etc.join("extensions.conf"), extensions_conf()).unwrap();
    tutorial(&db, &["101", "102"]);
    // Values as stored: '^41' is not decoded, ';' does not split.
    db.exec("UPDATE ps_auths SET password = 'se^41cret' WHERE id = '101'");
    db.exec("UPDATE ps_endpoints SET set_var = 'A=1;B=2' WHERE id = '101'");
    let ast = Asterisk::start(NEW, dir, port);

    // Limit: no listing shows the realtime objects.
    let eps = ast.rx("pjsip show endpoints");
    assert!(
        eps.contains("No objects found."),
        "res_config_sqlite3 now lists endpoints: update the README and SQLITE3_LIMITS\n{eps}"
    );
    // A single lookup works: REGISTER with the password exactly as stored.
    let mut c = SipClient::new(port, "101", "seAcret");
    assert_eq!(c.register(0).unwrap().code, 401, "^41 was decoded");
    let mut phone = register(&ast, &db, "101", "se^41cret", 300);
    assert_eq!(sorcery_field(&ast, "101", "A"), "1;B=2", "';' was split");
    // The contact row's id keeps its raw ';' (res_config_odbc would write ^3B).
    let ids = contact_ids(&db, &phone.contact());
    assert!(ids.len() == 1 && ids[0].starts_with("101;@"), "{ids:?}");
    // lint reads it as res_config_sqlite3 does; read as ODBC it would be an error,
    // and --fix-escapes for sqlite3 leaves the row Asterisk wrote alone.
    let out = db.ast(&["lint", "--backend", "sqlite3"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("set_var: res_config_sqlite3 does not split"));
    let out = db.ast(&["lint"]);
    assert_eq!(out.status.code(), Some(18), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("error ps_contacts 101;@"),
        "{}",
        stdout(&out)
    );
    db.ok(&["lint", "--backend", "sqlite3", "--fix-escapes"]);
    assert_eq!(contact_ids(&db, &phone.contact()), ids);

    // Limit: the un-REGISTER is accepted but the row stays.
    let r = phone.register(0).unwrap();
    assert_eq!(r.code, 200, "{}", r.text);
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert_eq!(
        contact_ids(&db, &phone.contact()),
        ids,
        "res_config_sqlite3 now deletes the contact: update the README and SQLITE3_LIMITS"
    );
    // The log says why listings fail: a NULL handed over as '' is no valid value
    // for fields such as connected_line_method. Nothing else names the schema.
    let problems = ast.schema_problems(&schema_names(&db));
    assert!(
        problems
            .iter()
            .any(|l| l.contains("Error parsing connected_line_method= ")),
        "{problems:#?}"
    );
    let other: Vec<&String> = problems
        .iter()
        .filter(|l| !(l.contains("Error parsing ") && l.contains("= at line 0")))
        .collect();
    assert!(other.is_empty(), "{other:#?}");
}

/// Why transport, system and global are not mapped by default: with
/// `--with-core-types` the realtime transport hides pjsip.conf's, and with no
/// transport row PJSIP listens nowhere, so a REGISTER gets no answer at all.
#[test]
fn realtime_core_types_hide_pjsip_conf() {
    let db = TestDb::new(Dialect::Sqlite, "e2e-core");
    db.ok(&["upgrade", "head"]);
    let dir = TempDir::new("e2e-ast-core");
    let etc = Asterisk::etc(&dir);
    let printed = configure(&db, &etc, &["--with-core-types"]);
    assert!(
        printed.contains("transport=realtime,ps_transports\n"),
        "{printed}"
    );
    let port = free_port();
    std::fs::write(etc.join("pjsip.conf"), pjsip_conf(port)).unwrap();
    std::fs::write(etc.join("extensions.conf"), extensions_conf()).unwrap();
    tutorial(&db, &["101"]);
    let ast = Asterisk::start(NEW, dir, port);
    let transports = ast.rx("pjsip show transports");
    assert!(
        !transports.contains("transport-udp"),
        "pjsip.conf's transport is visible:\n{transports}"
    );
    let mut c = SipClient::new(port, "101", "101");
    let r = c.register_within(60, std::time::Duration::from_secs(3));
    assert!(r.is_err(), "a REGISTER was answered: {r:?}");
}
