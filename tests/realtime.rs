//! The realtime companion without Asterisk (tests/asterisk_e2e.rs runs the real
//! thing): `asterisk-config` configures exactly the tables present, prints the
//! password, the JSON form and the res_config_sqlite3 form, and refuses a database
//! without tables; `lint` names each seeded problem in the tutorial's endpoints
//! 101/102 and nothing else, on every database, reads values per backend and field,
//! and reads databases built for a release; `--fix-escapes` repairs the semicolons.

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TestDb, DIALECTS};

/// The Asterisk tutorial's two phones, 101 and 102, with endpoint, auth and aor.
fn tutorial(db: &TestDb) {
    for n in ["101", "102"] {
        db.add_phone(n);
    }
}

/// Seeds one problem of each kind; returns the lines lint must print, in order.
fn seed_problems(db: &TestDb) -> Vec<String> {
    db.exec("UPDATE ps_auths SET password = 'pa;ss' WHERE id = '102'");
    db.exec("UPDATE ps_endpoints SET callerid = 'Bob;x <102>' WHERE id = '102'");
    db.exec("UPDATE ps_endpoints SET identify_by = 'username,usrname' WHERE id = '101'");
    db.insert(
        "ps_endpoints",
        &[
            ("id", "103"),
            ("aors", "101,nope"),
            ("auth", "gone"),
            ("outbound_auth", "102,missing"),
        ],
    );
    db.insert("ps_aors", &[("id", "nomax")]);
    let mut want = vec![
        "error ps_auths 102 password: a literal ';': res_config_odbc splits the value there and keeps the last piece; Asterisk reads only what follows the last ';'; store it as ^3B (`lint --fix-escapes`)".to_string(),
        "error ps_endpoints 101 identify_by: \"usrname\" is not one of the allowed values (username, auth_username, ip, header, request_uri)".to_string(),
        "error ps_endpoints 102 callerid: a literal ';': res_config_odbc splits the value there and keeps the last piece; Asterisk reads \"x <102>\"; store it as ^3B (`lint --fix-escapes`)".to_string(),
        "error ps_endpoints 103 aors: ps_aors has no id \"nope\"".to_string(),
        "error ps_endpoints 103 auth: ps_auths has no id \"gone\"".to_string(),
        "error ps_endpoints 103 outbound_auth: ps_auths has no id \"missing\"".to_string(),
        "warning ps_aors nomax max_contacts: unset (0): this aor accepts no registrations".to_string(),
    ];
    // MySQL's case-insensitive collation keeps such twins out of a unique id column.
    if db.dialect != Dialect::Mysql {
        db.insert("ps_aors", &[("id", "Alice"), ("max_contacts", "1")]);
        db.insert("ps_aors", &[("id", "alice"), ("max_contacts", "1")]);
        want.push("warning ps_aors alice id: differs from id \"Alice\" only in case".to_string());
    }
    want.sort();
    want
}

fn lint_lines(db: &TestDb, args: &[&str]) -> (Option<i32>, Vec<String>) {
    let out = db.ast(args);
    let mut lines: Vec<String> = stdout(&out)
        .lines()
        .filter(|l| l.starts_with("error ") || l.starts_with("warning "))
        .map(str::to_string)
        .collect();
    lines.sort();
    (out.status.code(), lines)
}

#[test]
fn lint_names_each_problem_and_nothing_else() {
    for d in DIALECTS {
        let db = TestDb::new(d, "lint");
        db.ok(&["upgrade", "head"]);
        tutorial(&db);
        let out = db.ast(&["lint"]);
        assert!(
            out.status.success(),
            "{d}: a clean tutorial database has findings: {}",
            stdout(&out)
        );
        // One line: how much was checked, and that nothing was found.
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1, "{d}: {text}");
        assert!(lines[0].starts_with("lint: "), "{d}: {text}");
        assert!(
            lines[0].ends_with("checked: 0 error(s), 0 warning(s), 0 note(s)"),
            "{d}: {text}"
        );
        let rows: usize = db
            .query("SELECT (SELECT COUNT(*) FROM ps_endpoints) + (SELECT COUNT(*) FROM ps_aors) + (SELECT COUNT(*) FROM ps_auths)")[0][0]
            .as_deref()
            .unwrap()
            .parse()
            .unwrap();
        let said: usize = lines[0]["lint: ".len()..]
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            said >= rows,
            "{d}: {said} rows checked, the tutorial has {rows} in three tables alone"
        );
        let want = seed_problems(&db);
        let (code, got) = lint_lines(&db, &["lint"]);
        assert_eq!(got, want, "{d}");
        assert_eq!(code, Some(18), "{d}");
        // JSON: the same findings, parsed.
        let out = db.ast(&["--format", "json", "lint"]);
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(v["findings"].as_array().unwrap().len(), want.len(), "{d}");
        assert_eq!(v["error"]["exit_code"], 18);
        // The password itself is never printed.
        assert!(!stdout(&db.ast(&["lint"])).contains("pa;ss"));
    }
}

#[test]
fn fix_escapes_rewrites_semicolons_in_one_go() {
    for d in DIALECTS {
        let db = TestDb::new(d, "fix");
        db.ok(&["upgrade", "head"]);
        tutorial(&db);
        seed_problems(&db);
        // --sql prints the UPDATEs and changes nothing.
        let out = db.ast(&["lint", "--fix-escapes", "--sql"]);
        let sql = stdout(&out);
        assert!(
            sql.contains(
                "UPDATE ps_auths SET password = REPLACE(password, ';', '^3B') WHERE id = '102';"
            ),
            "{d}: {sql}"
        );
        assert!(sql.contains("COMMIT;"), "{sql}");
        assert_eq!(
            db.query("SELECT password FROM ps_auths WHERE id = '102'")[0][0].as_deref(),
            Some("pa;ss")
        );
        // Now for real.
        let out = db.ast(&["lint", "--fix-escapes"]);
        let text = stdout(&out);
        assert!(
            text.contains("fixed ps_auths 102 password: 1 ';' replaced by ^3B"),
            "{d}: {text}"
        );
        assert!(
            text.contains("fixed ps_endpoints 102 callerid: \"Bob;x <102>\" -> \"Bob^3Bx <102>\""),
            "{d}: {text}"
        );
        assert!(
            !text.contains("pa;ss") && !text.contains("pa^3Bss"),
            "a password was printed"
        );
        assert!(
            !text.contains("a literal ';'"),
            "{d}: semicolons remain: {text}"
        );
        assert_eq!(
            out.status.code(),
            Some(18),
            "the other errors remain: {}",
            stderr(&out)
        );
        assert_eq!(
            db.query("SELECT password FROM ps_auths WHERE id = '102'")[0][0].as_deref(),
            Some("pa^3Bss")
        );
        assert_eq!(
            db.query("SELECT callerid FROM ps_endpoints WHERE id = '102'")[0][0].as_deref(),
            Some("Bob^3Bx <102>")
        );
    }
}

/// `lint --fix-escapes --sql` never prints a password (README: passwords are never
/// printed), neither as stored nor escaped, and its statements, run, make the same
/// fix as `--fix-escapes` itself.
#[test]
fn fix_escapes_sql_prints_no_password_and_its_statements_fix_it() {
    for d in DIALECTS {
        let db = TestDb::new(d, "fixsql");
        db.ok(&["upgrade", "head"]);
        tutorial(&db);
        seed_problems(&db);
        db.exec("UPDATE ps_auths SET md5_cred = 'm;d5' WHERE id = '101'");
        db.exec("UPDATE ps_auths SET password = 'p;w;2' WHERE id = '101'");
        let out = db.ast(&["lint", "--fix-escapes", "--sql"]);
        let sql = stdout(&out);
        assert!(out.status.success(), "{d}: {}", stderr(&out));
        for secret in ["pa;ss", "pa^3Bss", "m;d5", "m^3Bd5", "p;w;2", "p^3Bw^3B2"] {
            assert!(!sql.contains(secret), "{d}: {secret} printed: {sql}");
        }
        let updates: Vec<&str> = sql.lines().filter(|l| l.starts_with("UPDATE ")).collect();
        assert!(updates.len() >= 4, "{d}: {sql}");
        for u in updates {
            db.exec(u);
        }
        let auth = |col: &str, id: &str| {
            db.query(&format!("SELECT {col} FROM ps_auths WHERE id = '{id}'"))[0][0].clone()
        };
        assert_eq!(auth("password", "102").as_deref(), Some("pa^3Bss"), "{d}");
        assert_eq!(auth("password", "101").as_deref(), Some("p^3Bw^3B2"), "{d}");
        assert_eq!(auth("md5_cred", "101").as_deref(), Some("m^3Bd5"), "{d}");
        assert_eq!(
            db.query("SELECT callerid FROM ps_endpoints WHERE id = '102'")[0][0].as_deref(),
            Some("Bob^3Bx <102>")
        );
        // Nothing is left for --fix-escapes to do.
        let again = stdout(&db.ast(&["lint", "--fix-escapes", "--sql"]));
        assert!(!again.contains("UPDATE"), "{d}: {again}");
    }
}

#[test]
fn asterisk_config_covers_exactly_the_tables_present() {
    let t = Tree::named("config").unwrap();
    for d in DIALECTS {
        let db = TestDb::new(d, "astconf");
        db.ok(&["upgrade", t.at(2).id]);
        let early = stdout(&db.ast(&["asterisk-config", "--odbc-name", "astdb"]));
        for table in [
            "ps_endpoints",
            "ps_auths",
            "ps_aors",
            "ps_contacts",
            "ps_domain_aliases",
            "ps_endpoint_id_ips",
        ] {
            assert!(
                early.contains(&format!("{table} => odbc,astdb\n")),
                "{d}: {table} missing:\n{early}"
            );
        }
        assert!(early.contains("[res_pjsip]\nendpoint=realtime,ps_endpoints\nauth=realtime,ps_auths\naor=realtime,ps_aors\n"), "{early}");
        assert!(
            early.contains(
                "[res_pjsip_endpoint_identifier_ip]\nidentify=realtime,ps_endpoint_id_ips\n"
            ),
            "{early}"
        );
        assert!(
            early.contains("sipusers => odbc,astdb,sippeers\n"),
            "{early}"
        );
        assert!(
            !early.contains("ps_transports") && !early.contains("ps_registrations"),
            "{d}: tables that do not exist yet:\n{early}"
        );
        assert!(early.contains("preload => res_odbc.so\npreload => res_config_odbc.so\n"));
        assert!(early.contains("; ---- /etc/asterisk/extconfig.conf ----"));
        db.ok(&["upgrade", "head"]);
        let head = stdout(&db.ast(&["asterisk-config", "--with-core-types"]));
        for table in [
            "ps_transports",
            "ps_registrations",
            "ps_globals",
            "ps_systems",
            "ps_resource_list",
        ] {
            assert!(
                head.contains(&format!("{table} => odbc,asterisk\n")),
                "{d}: {table} missing at head"
            );
        }
        assert!(
            head.contains(
                "[res_pjsip_outbound_registration]\nregistration=realtime,ps_registrations\n"
            ),
            "{head}"
        );
    }
}

/// Every row of the tables lint may rewrite.
fn rows(db: &TestDb) -> Vec<Vec<Option<String>>> {
    ["ps_endpoints", "ps_auths", "ps_aors"]
        .iter()
        .flat_map(|t| db.query(&format!("SELECT * FROM {t} ORDER BY id")))
        .collect()
}

#[test]
fn lint_reads_each_field_the_way_its_backend_does() {
    let db = TestDb::new(Dialect::Sqlite, "lintbackend");
    db.ok(&["upgrade", "head"]);
    tutorial(&db);
    db.exec("UPDATE ps_endpoints SET set_var = 'A=1;B=2', outbound_proxy = 'sip:p^3Blr' WHERE id = '101'");
    db.exec("UPDATE ps_auths SET password = 'se^41cret' WHERE id = '102'");
    db.insert(
        "ps_aors",
        &[
            ("id", "two"),
            ("contact", "sip:a@h;sip:b@h"),
            ("max_contacts", "0"),
        ],
    );
    // res_config_odbc: the list's ';' separates, ^3B is decoded as meant (a
    // note), ^41 is decoded too (a warning that never shows the password).
    let out = db.ast(&["lint"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("note ps_endpoints 101 outbound_proxy: res_config_odbc decodes ^3B (^3B is ';', ^5E is '^'); Asterisk reads \"sip:p;lr\""),
        "{text}"
    );
    assert!(
        text.contains("warning ps_auths 102 password: res_config_odbc decodes 1 ^XX sequence(s) other than ^3B/^5E; Asterisk reads a value that differs from the stored one"),
        "{text}"
    );
    assert!(!text.contains("set_var") && !text.contains("two"), "{text}");
    assert!(
        !text.contains("se^41") && !text.contains("seAcret"),
        "{text}"
    );
    // res_config_sqlite3: nothing is split or decoded.
    let out = db.ast(&["lint", "--backend", "sqlite3"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    for want in [
        "warning ps_endpoints 101 set_var: res_config_sqlite3 does not split at ';': Asterisk reads one entry \"A=1;B=2\", not \"A=1\", \"B=2\"",
        "warning ps_endpoints 101 outbound_proxy: res_config_sqlite3 does not decode ^3B",
        "warning ps_aors two contact: res_config_sqlite3 does not split at ';'",
    ] {
        assert!(text.contains(want), "no {want:?} in:\n{text}");
    }
    assert!(!text.contains("password"), "{text}");
    // And --fix-escapes has nothing it may change for it.
    let before = rows(&db);
    let out = db.ast(&["lint", "--backend", "sqlite3", "--fix-escapes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&out).contains("fixed"), "{}", stdout(&out));
    assert_eq!(rows(&db), before);
    // The JSON form names the backend.
    let v: serde_json::Value = serde_json::from_str(&stdout(&db.ast(&[
        "--format",
        "json",
        "lint",
        "--backend",
        "sqlite3",
    ])))
    .unwrap();
    assert_eq!(v["backend"], "res_config_sqlite3");
    // res_config_sqlite3 reads SQLite files only.
    let my = TestDb::new(Dialect::Mysql, "lintbackend");
    my.ok(&["upgrade", "head"]);
    let out = my.ast(&["lint", "--backend", "sqlite3"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--backend sqlite3"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn release_built_databases_are_linted_and_configured() {
    for d in DIALECTS {
        let db = TestDb::new(d, "relbuilt");
        db.ok(&["--asterisk", "20.20.1", "upgrade"]);
        tutorial(&db);
        for args in [
            vec!["lint"],
            vec!["--asterisk", "20.20.1", "lint"],
            vec!["--asterisk", "22.10.1", "lint"],
            vec!["asterisk-config"],
            vec!["--asterisk", "20.20.1", "asterisk-config"],
        ] {
            let out = db.ast(&args);
            assert!(
                out.status.success(),
                "{d}: {args:?} on a database built for 20.20.1: exit {:?}: {}",
                out.status.code(),
                stderr(&out)
            );
        }
        let out = db.ast(&["--asterisk", "no-such-release", "lint"]);
        assert!(!out.status.success(), "{d}");
    }
}

#[test]
fn asterisk_config_prints_files_that_work_as_they_are() {
    // No tables: an error, not empty stanzas.
    let empty = TestDb::new(Dialect::Sqlite, "astconf-empty");
    empty.ok(&["stamp", "base"]);
    let out = empty.ast(&["asterisk-config"]);
    assert_eq!(out.status.code(), Some(4), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("none of the tables"),
        "{}",
        stderr(&out)
    );

    // The password from the URL (escaped for a .conf file), or --redact; PostgreSQL
    // trusts 127.0.0.1 here, so any password connects.
    let db = TestDb::new(Dialect::Postgresql, "astconf-pw");
    db.ok(&["--tree", "all", "upgrade", "head"]);
    let url = db.url.replace("postgres@", "postgres:se%3Bcret@");
    let text = stdout(&common::ast(&["--url", &url, "asterisk-config"]));
    assert!(
        text.contains("[asterisk]\nenabled => yes\ndsn => asterisk\nusername => postgres\npassword => se\\;cret\n"),
        "{text}"
    );
    assert!(
        text.contains("Driver = PostgreSQL Unicode\nServername = 127.0.0.1\nPort = 5432\n"),
        "{text}"
    );
    assert!(text.contains("odbc-postgresql"), "{text}");
    assert!(
        text.contains("; ---- /etc/asterisk/res_odbc.conf ----\n"),
        "{text}"
    );
    assert!(text.contains("quoted_identifiers = \"\n"), "{text}");
    let red = stdout(&common::ast(&[
        "--url",
        &url,
        "asterisk-config",
        "--redact",
    ]));
    assert!(
        !red.contains("se\\;cret")
            && !red.contains("se;cret")
            && red.contains("password => <redacted>"),
        "{red}"
    );
    let none = stdout(&db.ast(&["asterisk-config"]));
    assert!(!none.contains("password"), "{none}");

    // --format json: every file with its path and contents, the same as printed.
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&db.ast(&["--format", "json", "asterisk-config"]))).unwrap();
    assert_eq!(v["ok"], true);
    let files = v["files"].as_array().unwrap();
    let names: Vec<&str> = files.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "odbc.ini",
            "res_odbc.conf",
            "extconfig.conf",
            "sorcery.conf",
            "voicemail.conf",
            "queues.conf",
            "cdr_adaptive_odbc.conf",
            "modules.conf"
        ]
    );
    let mut printed = String::new();
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            printed.push('\n');
        }
        printed.push_str(&format!(
            "; ---- {} ----\n{}",
            f["path"].as_str().unwrap(),
            f["contents"].as_str().unwrap()
        ));
    }
    assert_eq!(printed, none);

    // The res_config_sqlite3 form, with its limits.
    let lite = TestDb::new(Dialect::Sqlite, "astconf-lite");
    lite.ok(&["upgrade", "head"]);
    let text = stdout(&lite.ast(&["asterisk-config", "--backend", "sqlite3"]));
    assert!(
        text.contains("; ---- /etc/asterisk/res_config_sqlite3.conf ----\n"),
        "{text}"
    );
    assert!(text.contains("dbfile => /"), "{text}");
    assert!(
        text.contains("ps_endpoints => sqlite3,asterisk,ps_endpoints\n"),
        "{text}"
    );
    assert!(
        text.contains("un-REGISTER") && text.contains("pjsip show endpoints"),
        "{text}"
    );
    assert!(
        !text.contains("odbc.ini") && !text.contains("res_config_odbc"),
        "{text}"
    );
    let out = db.ast(&["asterisk-config", "--backend", "sqlite3"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
}
