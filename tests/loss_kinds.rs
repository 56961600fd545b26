//! Every kind of type and nullability change the model can make, on each database
//! it applies to: the loss check counts the rows whose values the change would not
//! keep (and names them), counts nothing once they are gone, and says rightly
//! whether the database refuses the statement over them or changes the values:
//! each case then runs the statement itself to show it.

mod common;

use ast_schema::definitions::dialect::Dialect;
use ast_schema::definitions::ops::{AlterColumn, Column, Op};
use ast_schema::engine::loss;
use ast_schema::model::Schema;
use common::TestDb;

/// What the database does with the statement over the row hit.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Outcome {
    /// It refuses the statement.
    Refused,
    /// It goes through and the value comes out different.
    Changed,
    /// It goes through and keeps the value as it was (SQLite's types).
    Kept,
}

struct Case {
    name: &'static str,
    /// The column's type before; enums are `e1` (a, b, c) and `e2` (a, b).
    from: &'static str,
    /// The type after (None: the same), and whether it is made NOT NULL.
    to: Option<&'static str>,
    not_null: bool,
    /// The values (SQL literals, as each database takes them) of a row the change
    /// hits and of one it does not (`NULL` for a NULL).
    bad: fn(Dialect) -> String,
    good: fn(Dialect) -> String,
    /// What the refusal says, and what each database does with the statement
    /// (None: the change hits nothing there).
    says: &'static str,
    outcome: fn(Dialect) -> Option<Outcome>,
}

use Dialect::{Mysql, Postgresql, Sqlite};
use Outcome::{Changed, Kept, Refused};

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "float to integer",
            from: "float",
            to: Some("integer"),
            not_null: false,
            bad: |_| "3.5".into(),
            good: |_| "3".into(),
            says: "rounds t.c to integer (1 row with a value it cannot keep exactly: id=bad)",
            outcome: |d| (d != Sqlite).then_some(Changed),
        },
        Case {
            name: "float to numeric",
            from: "float",
            to: Some("numeric(5,2)"),
            not_null: false,
            bad: |_| "3.125".into(),
            good: |_| "3.1".into(),
            says: "rounds t.c to numeric(5,2) (1 row with a value it cannot keep exactly: id=bad)",
            outcome: |d| (d != Sqlite).then_some(Changed),
        },
        Case {
            name: "numeric scale",
            from: "numeric(6,3)",
            to: Some("numeric(6,1)"),
            not_null: false,
            bad: |_| "123.456".into(),
            good: |_| "123.4".into(),
            says: "rounds t.c to numeric(6,1) (1 row with a value it cannot keep exactly: id=bad)",
            outcome: |d| (d != Sqlite).then_some(Changed),
        },
        Case {
            name: "numeric precision",
            from: "numeric(6,2)",
            to: Some("numeric(4,2)"),
            not_null: false,
            bad: |_| "123.45".into(),
            good: |_| "12.34".into(),
            says: "limits t.c to the range of numeric(4,2) (1 row with a value outside it: id=bad)",
            outcome: |d| (d != Sqlite).then_some(Refused),
        },
        Case {
            name: "bigint to integer",
            from: "bigint",
            to: Some("integer"),
            not_null: false,
            bad: |_| "5000000000".into(),
            good: |_| "7".into(),
            says: "limits t.c to the range of integer (1 row with a value outside it: id=bad)",
            outcome: |d| (d != Sqlite).then_some(Refused),
        },
        Case {
            name: "integer to float",
            from: "integer",
            to: Some("float"),
            not_null: false,
            bad: |_| "16777217".into(),
            good: |_| "16777216".into(),
            says: "rounds t.c to float (1 row with a value it cannot keep exactly: id=bad)",
            // PostgreSQL's FLOAT is a double: every integer fits.
            outcome: |d| (d == Mysql).then_some(Changed),
        },
        Case {
            name: "text to integer",
            from: "string(40)",
            to: Some("integer"),
            not_null: false,
            bad: |_| "'soon'".into(),
            good: |_| "'42'".into(),
            says: "converts t.c to integer (1 row with a value that is not one: id=bad)",
            outcome: |d| (d != Sqlite).then_some(Refused),
        },
        Case {
            name: "text to boolean",
            from: "string(10)",
            to: Some("boolean"),
            not_null: false,
            bad: |_| "'maybe'".into(),
            good: |_| "'1'".into(),
            says: "converts t.c to boolean (1 row with a value that is not one: id=bad)",
            outcome: |d| (d != Sqlite).then_some(Refused),
        },
        Case {
            name: "integer to boolean",
            from: "integer",
            to: Some("boolean"),
            not_null: false,
            bad: |d| if d == Mysql { "300".into() } else { "7".into() },
            good: |_| "1".into(),
            says: "t.c to",
            // MySQL's BOOL is a TINYINT: 300 is out of its range; PostgreSQL makes
            // any integer but 0 true.
            outcome: |d| match d {
                Mysql => Some(Refused),
                Postgresql => Some(Changed),
                Sqlite => None,
            },
        },
        Case {
            name: "text to string",
            from: "text",
            to: Some("string(10)"),
            not_null: false,
            bad: |_| "'abcdefghijkl'".into(),
            good: |_| "'abc'".into(),
            says: "narrows t.c to 10 characters (1 row with a value longer than that: id=bad)",
            outcome: |d| Some(if d == Sqlite { Kept } else { Refused }),
        },
        Case {
            name: "enum to a shorter string",
            from: "enum(e1)",
            to: Some("string(1)"),
            not_null: false,
            bad: |_| "'c'".into(),
            good: |_| "'a'".into(),
            says: "",
            // Every value of e1 fits one character: nothing to count.
            outcome: |_| None,
        },
        Case {
            name: "long blob to blob",
            from: "blob(4294967295)",
            to: Some("blob"),
            not_null: false,
            bad: |d| match d {
                Postgresql => "decode(repeat('ab', 70000), 'hex')".into(),
                Mysql => "REPEAT(X'AB', 70000)".into(),
                Sqlite => "zeroblob(70000)".into(),
            },
            good: |d| match d {
                Postgresql => "decode('00', 'hex')".into(),
                _ => "X'00'".into(),
            },
            says: "narrows t.c to 65535 bytes (1 row with a value longer than that: id=bad)",
            // BYTEA and SQLite's BLOB have no size.
            outcome: |d| (d == Mysql).then_some(Refused),
        },
        Case {
            name: "enum values removed",
            from: "enum(e1)",
            to: Some("enum(e2)"),
            not_null: false,
            bad: |_| "'c'".into(),
            good: |_| "'b'".into(),
            says: "limits t.c to the values a, b (1 row with a value outside them: id=bad)",
            outcome: |_| Some(Refused),
        },
        Case {
            name: "made NOT NULL",
            from: "string(10)",
            to: None,
            not_null: true,
            bad: |_| "NULL".into(),
            good: |_| "'x'".into(),
            says: "makes t.c NOT NULL (1 row with NULL: id=bad)",
            outcome: |_| Some(Refused),
        },
    ]
}

fn column(name: &str, ty: &str, pk: bool) -> Column {
    Column {
        name: name.into(),
        ty: ty.parse().unwrap(),
        nullable: !pk,
        primary_key: pk,
        autoincrement: false,
        unique: false,
        default: None,
        values: None,
    }
}

fn enums() -> Vec<Op> {
    vec![
        Op::CreateEnum {
            name: "e1".into(),
            values: vec!["a".into(), "b".into(), "c".into()],
        },
        Op::CreateEnum {
            name: "e2".into(),
            values: vec!["a".into(), "b".into()],
        },
    ]
}

/// Runs `sql` on the database (in a transaction where DDL is transactional, as a
/// run does), returning the first error.
fn run(db: &TestDb, sql: &[String]) -> Result<(), String> {
    let mut c = db.conn();
    let tx = db.dialect.transactional_ddl();
    if tx {
        c.execute("BEGIN").unwrap();
    }
    for s in sql {
        if let Err(e) = c.execute(s) {
            if tx {
                c.execute("ROLLBACK").unwrap();
            }
            return Err(format!("{s}: {e}"));
        }
    }
    if tx {
        c.execute("COMMIT").unwrap();
    }
    Ok(())
}

fn value(db: &TestDb, id: &str) -> Option<String> {
    let sql = match db.dialect {
        Postgresql => format!("SELECT c::text FROM t WHERE id = '{id}'"),
        Mysql => format!("SELECT CAST(c AS CHAR) FROM t WHERE id = '{id}'"),
        Sqlite => format!("SELECT CAST(c AS TEXT) FROM t WHERE id = '{id}'"),
    };
    db.query(&sql)[0][0].clone()
}

fn check(d: Dialect, case: &Case) {
    let what = format!("{d}, {}", case.name);
    let db = TestDb::new(d, "losskind");
    let mut schema = Schema::default();
    let mut made: Vec<Op> = enums();
    made.push(Op::CreateTable {
        table: "t".into(),
        columns: vec![
            column("id", "string(10)", true),
            column("c", case.from, false),
        ],
        primary_key: None,
        unique: vec![],
        foreign_keys: vec![],
    });
    let refs: Vec<&Op> = made.iter().collect();
    let create = d.render_ops(&refs, &mut schema).unwrap();
    run(&db, &create).unwrap();
    db.exec(&format!(
        "INSERT INTO t (id, c) VALUES ('bad', {}), ('good', {})",
        (case.bad)(d),
        (case.good)(d)
    ));
    let alter = Op::AlterColumn(AlterColumn {
        table: "t".into(),
        column: "c".into(),
        ty: case.to.map(|t| t.parse().unwrap()),
        nullable: case.not_null.then_some(false),
        // PostgreSQL casts an integer to a boolean only when told.
        using: (d == Postgresql && case.to == Some("boolean") && case.from == "integer")
            .then(|| "c::boolean".into()),
        ..Default::default()
    });
    let effects = loss::effects(&[&alter], &mut schema.clone(), d, false).unwrap();
    let mut conn = db.conn();
    let losses = loss::count(conn.as_mut(), &schema, &effects).unwrap();
    let outcome = (case.outcome)(d);
    let Some(outcome) = outcome else {
        assert!(losses.is_empty(), "{what}: counted {losses:?}");
        return;
    };
    assert_eq!(losses.len(), 1, "{what}: {losses:?}");
    let said = losses[0].describe();
    assert!(said.contains(case.says), "{what}: {said}");
    assert!(said.contains("1 row with"), "{what}: {said}");
    assert_eq!(
        losses[0].refused_by.is_some(),
        outcome == Refused,
        "{what}: {said}"
    );
    // Allowed or not, a change the database refuses is refused before it runs.
    let refusal = loss::refuse("the change", &losses, true);
    assert_eq!(refusal.is_err(), outcome == Refused, "{what}");
    if let Err(e) = refusal {
        assert_eq!(e.exit_code(), 23, "{what}: {e}");
        assert!(e.to_string().contains(case.says), "{what}: {e}");
    }
    let e = loss::refuse("the change", &losses, false).unwrap_err();
    assert_eq!(e.exit_code(), 22, "{what}: {e}");

    // The database does what the check says.
    let before = value(&db, "bad");
    let mut after_schema = schema.clone();
    let stmts = d.render_ops(&[&alter], &mut after_schema).unwrap();
    let ran = run(&db, &stmts);
    match outcome {
        Refused => assert!(ran.is_err(), "{what}: the database took {stmts:?}"),
        Changed | Kept => {
            ran.unwrap_or_else(|e| panic!("{what}: {e}"));
            let after = value(&db, "bad");
            if outcome == Changed {
                assert_ne!(after, before, "{what}: the value survived");
            } else {
                assert_eq!(after, before, "{what}: the value changed");
            }
            return;
        }
    }
    // Without the row hit, nothing is counted and the change goes through.
    db.exec("DELETE FROM t WHERE id = 'bad'");
    let losses = loss::count(conn.as_mut(), &schema, &effects).unwrap();
    assert!(losses.is_empty(), "{what}: {losses:?}");
    run(&db, &stmts).unwrap_or_else(|e| panic!("{what}: {e}"));
}

#[test]
fn every_kind_of_type_change_is_counted_and_classed_on_mariadb() {
    for c in cases() {
        check(Mysql, &c);
    }
}

#[test]
fn every_kind_of_type_change_is_counted_and_classed_on_postgresql() {
    for c in cases() {
        check(Postgresql, &c);
    }
}

#[test]
fn on_sqlite_only_what_it_enforces_or_a_narrowing_is_counted() {
    for c in cases() {
        check(Sqlite, &c);
    }
}

/// ast-schema's own MySQL/MariaDB sessions are strict whatever the server's
/// default, keeping the server's other flags.
#[test]
fn mariadb_sessions_are_strict_and_keep_the_servers_other_modes() {
    let db = TestDb::new(Mysql, "strict");
    let r = db.query("SELECT @@SESSION.sql_mode, @@GLOBAL.sql_mode");
    let session = r[0][0].clone().unwrap_or_default();
    let global = r[0][1].clone().unwrap_or_default();
    let flags: Vec<&str> = session.split(',').collect();
    assert!(flags.contains(&"STRICT_ALL_TABLES"), "{session}");
    for g in global.split(',').filter(|g| !g.is_empty()) {
        assert!(flags.contains(&g), "{g} lost: {session}");
    }
}
