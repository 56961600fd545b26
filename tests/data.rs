//! Data survives: rows written at an early revision keep their values through
//! `upgrade head` and back down to the revision where they were written, on every
//! database, across every type change, enum replacement and table rebuild between.

mod common;

use ast_schema::definitions::dialect::Dialect;
use common::{TestDb, DIALECTS};

/// The revision the rows are written at: the first with ps_transports.
const WRITTEN_AT: &str = "2fc7930b41b3";

/// (table, key column, key, [(column, value)]) — a tutorial-style endpoint 101 with
/// its auth and aor, a registered contact, a transport and an identify rule.
/// A row to write: table, id, and (column, value) pairs.
type Row = (
    &'static str,
    &'static str,
    Vec<(&'static str, &'static str)>,
);

fn rows() -> Vec<Row> {
    vec![
        (
            "ps_endpoints",
            "101",
            vec![
                ("transport", "transport-udp"),
                ("aors", "101"),
                ("auth", "101"),
                ("context", "from-internal"),
                ("disallow", "all"),
                ("allow", "ulaw,alaw"),
                ("direct_media", "no"),
                ("dtmf_mode", "rfc4733"),
                ("identify_by", "username"),
                ("force_rport", "yes"),
                ("rtp_symmetric", "yes"),
                ("callerid", "Alice <101>"),
                ("100rel", "yes"),
                ("timers", "yes"),
                ("mailboxes", "101@default"),
            ],
        ),
        (
            "ps_auths",
            "101",
            vec![
                ("auth_type", "userpass"),
                ("username", "101"),
                ("password", "s3cret;^3B"),
                ("realm", "asterisk"),
            ],
        ),
        (
            "ps_aors",
            "101",
            vec![
                ("max_contacts", "1"),
                ("remove_existing", "yes"),
                ("qualify_frequency", "60"),
            ],
        ),
        (
            "ps_contacts",
            "101;@abcdef",
            vec![
                ("uri", "sip:101@192.0.2.5:5060"),
                ("expiration_time", "1700000000"),
                ("qualify_frequency", "0"),
            ],
        ),
        (
            "ps_transports",
            "transport-udp",
            vec![
                ("protocol", "udp"),
                ("bind", "0.0.0.0:5060"),
                ("method", "tlsv1"),
                ("verify_client", "no"),
            ],
        ),
        (
            "ps_endpoint_id_ips",
            "trunk-identify",
            vec![("endpoint", "trunk"), ("match", "192.0.2.10")],
        ),
    ]
}

fn insert_all(db: &TestDb) {
    let d = db.dialect;
    for (table, id, cols) in rows() {
        let names: Vec<String> = std::iter::once("id")
            .chain(cols.iter().map(|c| c.0))
            .map(|c| d.ident(c).into_owned())
            .collect();
        let values: Vec<String> = std::iter::once(id)
            .chain(cols.iter().map(|c| c.1))
            .map(|v| d.literal(v))
            .collect();
        db.exec(&format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            values.join(", ")
        ));
    }
}

fn check_all(db: &TestDb, when: &str) {
    let d = db.dialect;
    for (table, id, cols) in rows() {
        let names: Vec<String> = cols.iter().map(|c| cast_text(d, c.0)).collect();
        let got = db.query(&format!(
            "SELECT {} FROM {table} WHERE id = {}",
            names.join(", "),
            d.literal(id)
        ));
        assert_eq!(got.len(), 1, "{d} {when}: {table} row {id} is gone");
        for (i, (col, want)) in cols.iter().enumerate() {
            assert_eq!(
                got[0][i].as_deref(),
                Some(*want),
                "{d} {when}: {table}.{col} of {id}"
            );
        }
    }
}

/// The column read back as text, whatever its type is at the moment.
fn cast_text(d: Dialect, col: &str) -> String {
    match d {
        Dialect::Postgresql => format!("CAST({} AS TEXT)", d.ident(col)),
        Dialect::Mysql => format!("CAST({} AS CHAR)", d.ident(col)),
        Dialect::Sqlite => format!("CAST({} AS TEXT)", d.ident(col)),
    }
}

#[test]
fn rows_survive_upgrade_head_and_the_way_back_down() {
    for d in DIALECTS {
        let db = TestDb::new(d, "data");
        db.ok(&["upgrade", WRITTEN_AT]);
        insert_all(&db);
        check_all(&db, "as written");
        db.ok(&["upgrade", "head"]);
        check_all(&db, "at head");
        db.ok(&["downgrade", WRITTEN_AT]);
        check_all(&db, "back at the revision they were written at");
    }
}

#[test]
fn null_booleans_stay_null_through_the_ast_bool_round_trip() {
    // 74dc751dfe8e turns yes/no columns into ast_bool_values; its downgrade maps the
    // values back and, unlike Asterisk's script, leaves NULL as NULL.
    for d in DIALECTS {
        let db = TestDb::new(d, "nullbool");
        db.ok(&["upgrade", "74dc751dfe8e"]);
        db.exec("INSERT INTO ps_endpoints (id, direct_media, rtp_symmetric, force_rport) VALUES ('a', 'true', NULL, 'off')");
        db.ok(&["downgrade", "-1"]);
        let got = db.query(
            "SELECT direct_media, rtp_symmetric, force_rport FROM ps_endpoints WHERE id = 'a'",
        );
        assert_eq!(
            got[0],
            vec![Some("yes".into()), None, Some("no".into())],
            "{d}"
        );
    }
}

#[test]
fn cdr_and_voicemail_rows_survive_their_column_changes() {
    for d in DIALECTS {
        // cdr 54cde9847798 widens accountcode and peeraccount (20 -> 80).
        let db = TestDb::new(d, "cdrdata");
        db.ok(&["--tree", "cdr", "upgrade", "210693f3123d"]);
        db.exec("INSERT INTO cdr (accountcode, src, dst, duration, peeraccount) VALUES ('acct-0001', '101', '102', 42, 'peer-7')");
        db.ok(&["--tree", "cdr", "upgrade", "head"]);
        db.exec("INSERT INTO cdr (accountcode, src) VALUES ('an-account-code-longer-than-twenty', '103')");
        let got = db.query(
            "SELECT accountcode, peeraccount, CAST(duration AS CHAR(8)) FROM cdr WHERE src = '101'",
        );
        assert_eq!(got[0][0].as_deref(), Some("acct-0001"), "{d}");
        assert_eq!(got[0][1].as_deref(), Some("peer-7"), "{d}");
        assert_eq!(got[0][2].as_deref().map(str::trim), Some("42"), "{d}");
        db.exec("DELETE FROM cdr WHERE src = '103'");
        db.ok(&["--tree", "cdr", "downgrade", "210693f3123d"]);
        let got = db.query("SELECT accountcode, peeraccount FROM cdr WHERE src = '101'");
        assert_eq!(
            got[0],
            vec![Some("acct-0001".into()), Some("peer-7".into())],
            "{d}"
        );

        // voicemail 39428242f7f5 turns recording into a long blob (BYTEA stays BYTEA).
        let db = TestDb::new(d, "vmdata");
        db.ok(&["--tree", "voicemail", "upgrade", "a2e9769475e"]);
        let blob = match d {
            Dialect::Postgresql => "'\\x00ff10'::bytea",
            _ => "X'00FF10'",
        };
        db.exec(&format!(
            "INSERT INTO voicemail_messages (dir, msgnum, context, macrocontext, recording, msg_id) \
             VALUES ('/var/spool/asterisk/voicemail/default/101/INBOX', 0, 'default', 'macro', {blob}, '1700000000-00000001')"
        ));
        let hex = |db: &TestDb| -> String {
            let sql = match d {
                Dialect::Postgresql => {
                    "SELECT encode(recording, 'hex'), msg_id FROM voicemail_messages"
                }
                _ => "SELECT lower(hex(recording)), msg_id FROM voicemail_messages",
            };
            let r = db.query(sql);
            format!(
                "{}/{}",
                r[0][0].clone().unwrap_or_default(),
                r[0][1].clone().unwrap_or_default()
            )
        };
        assert_eq!(hex(&db), "00ff10/1700000000-00000001", "{d}");
        db.ok(&["--tree", "voicemail", "upgrade", "head"]);
        assert_eq!(hex(&db), "00ff10/1700000000-00000001", "{d} at head");
        db.ok(&["--tree", "voicemail", "downgrade", "a2e9769475e"]);
        assert_eq!(hex(&db), "00ff10/1700000000-00000001", "{d} back down");
    }
}

/// A downgrade that would drop filled columns, or cut values to a narrower
/// column, is refused before anything runs, listing what it would destroy;
/// `--allow-data-loss` goes ahead. An empty database is not asked.
#[test]
fn destructive_downgrades_refuse_and_list_what_they_would_destroy() {
    for d in DIALECTS {
        let empty = TestDb::new(d, "loss_empty");
        empty.ok(&["upgrade", "head"]);
        empty.ok(&["downgrade", "28ab27a7826d"]);

        let db = TestDb::new(d, "loss");
        db.ok(&["upgrade", "head"]);
        db.exec("INSERT INTO ps_endpoints (id, tenantid) VALUES ('alice', 'acme')");
        db.exec(&format!(
            "INSERT INTO ps_aors (id, max_contacts) VALUES ('{}', 1)",
            "x".repeat(60)
        ));
        let before = db.dump();
        let out = db.ast(&["downgrade", "28ab27a7826d"]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(22), "{d}: {err}");
        assert_eq!(err.lines().count(), 1, "{d}: {err}");
        assert!(
            err.contains("drops column ps_endpoints.tenantid with its values (1 row with a value)"),
            "{d}: {err}"
        );
        assert!(
            err.contains(
                "narrows ps_aors.id to 40 characters (1 row with a value longer than that: id=xxxx"
            ),
            "{d}: {err}"
        );
        assert_eq!(db.dump(), before, "{d}: the refusal changed the schema");
        assert_eq!(db.current(), "2285f2ace275 (head)", "{d}");
        // The offline script says the same in comments.
        let sql = db.ok(&["downgrade", "head:28ab27a7826d", "--sql"]);
        assert!(
            sql.contains("-- WARNING: this drops column ps_endpoints.tenantid with its values"),
            "{d}"
        );
        // The server itself refuses to cut the long id (SQLite keeps it whole), so
        // --allow-data-loss does not let that through.
        if d != Dialect::Sqlite {
            let out = db.ast(&["--allow-data-loss", "downgrade", "28ab27a7826d"]);
            let err = common::stderr(&out);
            assert_eq!(out.status.code(), Some(23), "{d}: {err}");
            assert_eq!(err.lines().count(), 1, "{d}: {err}");
            assert!(
                err.contains("would fail: narrows ps_aors.id to 40 characters"),
                "{d}: {err}"
            );
            assert!(!err.contains("tenantid"), "{d}: {err}");
            assert_eq!(db.dump(), before, "{d}: the refusal changed the schema");
        }
        // Once the long id is gone, only the column drop is left to allow.
        db.exec("DELETE FROM ps_aors");
        let out = db.ast(&["downgrade", "28ab27a7826d"]);
        assert_eq!(out.status.code(), Some(22), "{d}");
        assert!(!common::stderr(&out).contains("narrows"), "{d}");
        db.ok(&["--allow-data-loss", "downgrade", "28ab27a7826d"]);
        assert_eq!(db.current(), "28ab27a7826d", "{d}");
    }
}

/// What an operator adds (a column with values, an index, a trigger, a view) is
/// theirs: upgrades and downgrades keep it, SQLite's table rebuilds included, and
/// `verify` lists it as extra without failing.
#[test]
fn an_operators_column_index_trigger_and_view_survive_upgrades_and_downgrades() {
    for d in DIALECTS {
        let db = TestDb::new(d, "extras");
        db.ok(&["upgrade", "28ab27a7826d"]);
        db.exec("CREATE TABLE audit (who VARCHAR(80))");
        db.exec("ALTER TABLE ps_endpoints ADD COLUMN my_custom_note VARCHAR(80)");
        db.exec("INSERT INTO ps_endpoints (id, my_custom_note) VALUES ('alice', 'keep me')");
        db.exec("CREATE INDEX my_note_idx ON ps_endpoints (my_custom_note)");
        match d {
            Dialect::Mysql => db.exec(
                "CREATE TRIGGER my_trig AFTER INSERT ON ps_endpoints FOR EACH ROW INSERT INTO audit VALUES (NEW.id)",
            ),
            Dialect::Postgresql => {
                db.exec("CREATE FUNCTION my_audit() RETURNS trigger AS $$ BEGIN INSERT INTO audit VALUES (NEW.id); RETURN NEW; END $$ LANGUAGE plpgsql");
                db.exec("CREATE TRIGGER my_trig AFTER INSERT ON ps_endpoints FOR EACH ROW EXECUTE FUNCTION my_audit()");
            }
            Dialect::Sqlite => db.exec(
                "CREATE TRIGGER my_trig AFTER INSERT ON ps_endpoints BEGIN INSERT INTO audit VALUES (new.id); END",
            ),
        }
        // A view over columns no revision changes (PostgreSQL, like Alembic, cannot
        // change the type of a column a view uses).
        db.exec("CREATE VIEW my_view AS SELECT my_custom_note AS note FROM ps_endpoints");
        let check = |when: &str, who: &str| {
            db.exec(&format!("INSERT INTO ps_endpoints (id) VALUES ('{who}')"));
            let note = db.query("SELECT note FROM my_view WHERE note IS NOT NULL");
            assert_eq!(note, vec![vec![Some("keep me".to_string())]], "{d} {when}");
            let audited = db.query(&format!("SELECT who FROM audit WHERE who = '{who}'"));
            assert_eq!(audited.len(), 1, "{d} {when}: the trigger is gone");
            let dump = db.dump();
            assert!(
                dump.contains("index my_note_idx (my_custom_note)"),
                "{d} {when}"
            );
            let out = db.ast(&["verify"]);
            let err = common::stderr(&out);
            assert!(
                out.status.success(),
                "{d} {when}: {}{err}",
                common::stdout(&out)
            );
            for x in [
                "my_custom_note",
                "my_note_idx",
                "trigger my_trig",
                "view my_view",
            ] {
                assert!(
                    err.contains(x),
                    "{d} {when}: verify does not list {x}: {err}"
                );
            }
        };
        check("before", "bob");
        db.ok(&["upgrade", "head"]);
        check("after upgrade head", "carol");
        db.ok(&["downgrade", "28ab27a7826d"]);
        check("after the downgrade", "dave");
    }
}

/// A view over columns a revision changes the type of: PostgreSQL refuses such a
/// change, so the run (and its dry run) is refused before anything runs (Alembic
/// would stop halfway, several revisions in), naming the view and the revisions;
/// MySQL and SQLite change the columns under the view and it keeps answering.
#[test]
fn a_view_over_columns_a_revision_changes_is_refused_up_front_on_postgresql() {
    for d in DIALECTS {
        let db = TestDb::new(d, "view_in_way");
        db.ok(&["upgrade", "28ab27a7826d"]);
        db.exec("INSERT INTO ps_endpoints (id, direct_media) VALUES ('alice', 'no')");
        db.exec("CREATE VIEW my_eps AS SELECT id, direct_media FROM ps_endpoints");
        if d != Dialect::Postgresql {
            db.ok(&["upgrade", "--dry-run"]);
            db.ok(&["upgrade", "head"]);
            let rows = db.query("SELECT id FROM my_eps");
            assert_eq!(rows, vec![vec![Some("alice".to_string())]], "{d}");
            continue;
        }
        let before = db.dump();
        // The dry run makes the same checks and refuses alike.
        let dry = db.ast(&["upgrade", "--dry-run"]);
        let dry_err = common::stderr(&dry);
        assert_eq!(dry.status.code(), Some(23), "dry run: {dry_err}");
        assert!(
            dry_err.contains("read by view my_eps"),
            "dry run: {dry_err}"
        );
        let out = db.ast(&["upgrade", "head"]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(23), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        for x in [
            "-> dac2b4c328b8 changes the type of column ps_endpoints.id, read by view my_eps",
            "changes the type of column ps_endpoints.direct_media, read by view my_eps",
            "nothing was changed",
        ] {
            assert!(err.contains(x), "missing {x:?}: {err}");
        }
        assert_eq!(db.dump(), before, "the refusal changed the schema");
        assert_eq!(db.current(), "28ab27a7826d");
        // A view the plan does not touch is no obstacle.
        db.exec("DROP VIEW my_eps");
        db.exec("CREATE VIEW my_note AS SELECT context FROM ps_endpoints");
        db.ok(&["upgrade", "head"]);
        assert_eq!(db.current(), "2285f2ace275 (head)");

        // reconcile rebuilds a release-built table (renamed aside, then dropped):
        // the view holds the table under its new name, and is found all the same.
        let rel = TestDb::new(d, "view_in_way_rel");
        rel.ok(&["--asterisk", "13.17.0", "upgrade"]);
        rel.exec("CREATE VIEW my_ctx AS SELECT id, context FROM ps_endpoints");
        let before = rel.dump();
        let out = rel.ast(&["reconcile"]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(23), "{err}");
        assert!(
            err.contains("drops table ps_endpoints, read by view my_ctx"),
            "{err}"
        );
        assert_eq!(rel.dump(), before, "the refusal changed the schema");
    }
}

/// 423f34ad36e2's downgrade turns qualify_timeout back into an integer: a 3.5
/// would come out 4. That is refused before anything runs, naming the rows;
/// whole numbers go through, and `--allow-data-loss` rounds. SQLite keeps 3.5
/// in its INTEGER column, so nothing is lost there.
#[test]
fn a_float_rounded_to_an_integer_is_refused_before_anything_runs() {
    for d in DIALECTS {
        let db = TestDb::new(d, "round");
        db.ok(&["upgrade", "423f34ad36e2"]);
        db.exec("INSERT INTO ps_aors (id, qualify_timeout) VALUES ('101', 3.5), ('102', 3)");
        let timeout = |db: &TestDb| {
            db.query(&format!(
                "SELECT {} FROM ps_aors WHERE id = '101'",
                cast_text(d, "qualify_timeout")
            ))[0][0]
                .clone()
                .unwrap_or_default()
        };
        if d == Dialect::Sqlite {
            db.ok(&["downgrade", "136885b81223"]);
            assert_eq!(timeout(&db), "3.5", "{d}");
            continue;
        }
        let before = db.dump();
        let out = db.ast(&["downgrade", "136885b81223"]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(22), "{d}: {err}");
        assert_eq!(err.lines().count(), 1, "{d}: {err}");
        assert!(
            err.contains(
                "downgrade 423f34ad36e2 -> 136885b81223 would destroy data: rounds \
                 ps_aors.qualify_timeout to integer (1 row with a value it cannot keep exactly: id=101)"
            ),
            "{d}: {err}"
        );
        assert!(err.contains("--allow-data-loss"), "{d}: {err}");
        assert_eq!(db.dump(), before, "{d}: the refusal changed the schema");
        assert_eq!(db.current(), "423f34ad36e2", "{d}");
        // Whole numbers go through.
        let whole = TestDb::new(d, "round_whole");
        whole.ok(&["upgrade", "423f34ad36e2"]);
        whole.exec("INSERT INTO ps_aors (id, qualify_timeout) VALUES ('101', 3)");
        whole.ok(&["downgrade", "136885b81223"]);
        // Allowed, the value is rounded.
        db.ok(&["--allow-data-loss", "downgrade", "136885b81223"]);
        assert_eq!(timeout(&db), "4", "{d}");
    }
}

/// voicemail 39428242f7f5's downgrade makes recording a BLOB again (65,535 bytes
/// on MySQL/MariaDB). A longer recording is refused before anything runs, and
/// `--allow-data-loss` does not let it through: ast-schema's session is strict,
/// so the server would stop the run half way rather than cut the recording.
/// BYTEA and SQLite's BLOB have no size: there it goes through whole.
#[test]
fn a_recording_longer_than_a_blob_is_refused_even_with_allow_data_loss() {
    for d in DIALECTS {
        let db = TestDb::new(d, "vmcut");
        db.ok(&["--tree", "voicemail", "upgrade", "head"]);
        let blob = match d {
            Dialect::Postgresql => "decode(repeat('ab', 200000), 'hex')",
            Dialect::Mysql => "REPEAT(X'AB', 200000)",
            Dialect::Sqlite => "zeroblob(200000)",
        };
        db.exec(&format!(
            "INSERT INTO voicemail_messages (dir, msgnum, context, recording, msg_id) \
             VALUES ('/var/spool/asterisk/voicemail/default/101/INBOX', 0, 'default', {blob}, 'm1')"
        ));
        let size = "SELECT OCTET_LENGTH(recording) FROM voicemail_messages";
        let size = if d == Dialect::Sqlite {
            "SELECT length(recording) FROM voicemail_messages"
        } else {
            size
        };
        if d != Dialect::Mysql {
            db.ok(&["--tree", "voicemail", "downgrade", "a2e9769475e"]);
            assert_eq!(db.query(size)[0][0].as_deref(), Some("200000"), "{d}");
            continue;
        }
        let before = db.dump();
        let head = db.versions("voicemail");
        let out = db.ast(&["--tree", "voicemail", "downgrade", "a2e9769475e"]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(22), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(
                "narrows voicemail_messages.recording to 65535 bytes (1 row with a value longer than that: \
                 dir=/var/spool/asterisk/voicemail/default/101/INBOX msgnum=0), which MySQL/MariaDB refuses"
            ),
            "{err}"
        );
        let out = db.ast(&[
            "--allow-data-loss",
            "--tree",
            "voicemail",
            "downgrade",
            "a2e9769475e",
        ]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(23), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("would fail: narrows voicemail_messages.recording"),
            "{err}"
        );
        assert!(err.contains("nothing was changed"), "{err}");
        assert_eq!(db.dump(), before, "the refusal changed the schema");
        assert_eq!(db.versions("voicemail"), head);
        assert_eq!(db.query(size)[0][0].as_deref(), Some("200000"));
    }
}

/// ef7efc2d3964's upgrade turns ps_contacts.expiration_time (text) into a bigint:
/// text that is not a number makes PostgreSQL and a strict MySQL/MariaDB stop.
/// Upgrades are held to that too, before anything runs; SQLite keeps the text.
#[test]
fn an_upgrade_over_text_that_is_not_a_number_is_refused_before_anything_runs() {
    for d in DIALECTS {
        let db = TestDb::new(d, "notnum");
        db.ok(&["upgrade", "a845e4d8ade8"]);
        db.exec("INSERT INTO ps_contacts (id, uri, expiration_time) VALUES ('c1', 'sip:101@host', 'soon'), ('c2', 'sip:102@host', '1700000000')");
        if d == Dialect::Sqlite {
            db.ok(&["upgrade", "ef7efc2d3964"]);
            continue;
        }
        let before = db.dump();
        let out = db.ast(&["upgrade", "ef7efc2d3964"]);
        let err = common::stderr(&out);
        assert_eq!(out.status.code(), Some(22), "{d}: {err}");
        assert_eq!(err.lines().count(), 1, "{d}: {err}");
        assert!(
            err.contains(
                "converts ps_contacts.expiration_time to bigint (1 row with a value that is not one: id=c1)"
            ),
            "{d}: {err}"
        );
        let out = db.ast(&["--allow-data-loss", "upgrade", "ef7efc2d3964"]);
        assert_eq!(out.status.code(), Some(23), "{d}: {}", common::stderr(&out));
        assert_eq!(db.dump(), before, "{d}: the refusal changed the schema");
        db.exec("UPDATE ps_contacts SET expiration_time = '0' WHERE id = 'c1'");
        db.ok(&["upgrade", "ef7efc2d3964"]);
    }
}
