use super::*;
use crate::definitions::ops::{AlterColumn, Update};
use crate::model::tests::col;

fn base() -> Schema {
    let mut s = Schema::default();
    s.apply(
        &Op::CreateTable {
            table: "t".into(),
            columns: vec![
                col("id", "string(80)"),
                col("a", "string(10)"),
                col("b", "text"),
            ],
            primary_key: None,
            unique: vec![],
            foreign_keys: vec![],
        },
        Dialect::Sqlite,
    )
    .unwrap();
    s
}

#[test]
fn a_column_copied_before_it_is_dropped_loses_nothing() {
    let copy = Op::Update(Update {
        table: "t".into(),
        column: "b".into(),
        value: None,
        null: false,
        from_column: Some("a".into()),
        where_in: None,
        where_column: None,
    });
    let drop_a = Op::DropColumn {
        table: "t".into(),
        column: "a".into(),
    };
    let drop_b = Op::DropColumn {
        table: "t".into(),
        column: "b".into(),
    };
    let e = effects(
        &[&copy, &drop_a, &drop_b],
        &mut base(),
        Dialect::Sqlite,
        false,
    )
    .unwrap();
    assert_eq!(
        e,
        [Effect::DropColumn {
            table: "t".into(),
            column: "b".into()
        }]
    );
}

#[test]
fn upgrades_are_held_to_type_changes_but_not_to_drops() {
    let narrow = Op::AlterColumn(AlterColumn {
        table: "t".into(),
        column: "id".into(),
        ty: Some("string(40)".parse().unwrap()),
        ..Default::default()
    });
    let drop = Op::DropColumn {
        table: "t".into(),
        column: "b".into(),
    };
    let up = effects(&[&narrow, &drop], &mut base(), Dialect::Mysql, true).unwrap();
    assert_eq!(
        up,
        [Effect::Narrow {
            table: "t".into(),
            column: "id".into(),
            len: 40
        }]
    );
    let down = effects(&[&narrow, &drop], &mut base(), Dialect::Mysql, false).unwrap();
    assert_eq!(down.len(), 2);
}

fn alter(column: &str, ty: &str) -> Op {
    Op::AlterColumn(AlterColumn {
        table: "t".into(),
        column: column.into(),
        ty: Some(ty.parse().unwrap()),
        ..Default::default()
    })
}

/// A table with one column `c` of type `ty`.
fn with(ty: &str) -> Schema {
    let mut s = Schema::default();
    s.apply(
        &Op::CreateTable {
            table: "t".into(),
            columns: vec![col("id", "string(80)"), col("c", ty)],
            primary_key: None,
            unique: vec![],
            foreign_keys: vec![],
        },
        Dialect::Sqlite,
    )
    .unwrap();
    s
}

fn kinds(from: &str, to: &str, d: Dialect) -> Vec<&'static str> {
    effects(&[&alter("c", to)], &mut with(from), d, false)
        .unwrap()
        .iter()
        .map(|e| match e {
            Effect::Narrow { .. } => "narrow",
            Effect::Shrink { .. } => "shrink",
            Effect::Round { .. } => "round",
            Effect::Range { .. } => "range",
            Effect::Convert { .. } => "convert",
            Effect::NotNull { .. } => "not null",
            _ => "other",
        })
        .collect()
}

#[test]
fn type_changes_every_value_survives_are_not_checked() {
    for d in [Dialect::Mysql, Dialect::Postgresql, Dialect::Sqlite] {
        for (from, to) in [
            ("integer", "string(40)"),
            ("bigint", "string(40)"),
            ("string(40)", "text"),
            ("blob", "blob(4294967295)"),
            ("integer", "bigint"),
            ("boolean", "integer"),
            ("numeric(5,2)", "numeric(7,2)"),
            ("float", "float"),
        ] {
            assert!(kinds(from, to, d).is_empty(), "{d}: {from} -> {to}");
        }
    }
    assert!(kinds("integer", "float", Dialect::Postgresql).is_empty());
}

#[test]
fn each_type_change_is_checked_for_what_the_values_may_not_survive() {
    let m = Dialect::Mysql;
    assert_eq!(kinds("float", "integer", m), ["round", "range"]);
    assert_eq!(kinds("numeric(6,3)", "numeric(6,1)", m), ["round"]);
    assert_eq!(kinds("numeric(6,2)", "numeric(4,2)", m), ["range"]);
    assert_eq!(kinds("bigint", "integer", m), ["range"]);
    assert_eq!(kinds("integer", "float", m), ["round"]);
    assert_eq!(kinds("integer", "boolean", m), ["range"]);
    assert_eq!(kinds("integer", "string(5)", m), ["narrow"]);
    assert_eq!(kinds("string(40)", "bigint", m), ["convert"]);
    assert_eq!(kinds("blob(4294967295)", "blob", m), ["shrink"]);
    assert_eq!(kinds("text", "string(10)", m), ["narrow"]);
    let p = Dialect::Postgresql;
    assert_eq!(kinds("integer", "boolean", p), ["convert"]);
    assert_eq!(kinds("string(10)", "boolean", p), ["convert"]);
    assert!(kinds("blob(4294967295)", "blob", p).is_empty());
    // SQLite keeps what does not fit a declared type; a narrowing is still said.
    let s = Dialect::Sqlite;
    assert!(kinds("float", "integer", s).is_empty());
    assert_eq!(kinds("string(40)", "string(10)", s), ["narrow"]);
    let not_null = Op::AlterColumn(AlterColumn {
        table: "t".into(),
        column: "c".into(),
        nullable: Some(false),
        ..Default::default()
    });
    let e = effects(&[&not_null], &mut with("string(10)"), s, true).unwrap();
    assert_eq!(
        e,
        [Effect::NotNull {
            table: "t".into(),
            column: "c".into()
        }]
    );
}

#[test]
fn values_a_data_step_rewrote_first_are_left_out_of_a_conversion() {
    let rewrite = Op::Update(Update {
        table: "t".into(),
        column: "c".into(),
        value: Some("0".into()),
        null: false,
        from_column: None,
        where_in: Some(vec!["no".into(), "off".into()]),
        where_column: None,
    });
    let e = effects(
        &[&rewrite, &alter("c", "integer")],
        &mut with("string(5)"),
        Dialect::Postgresql,
        false,
    )
    .unwrap();
    let [Effect::Convert { remapped, .. }] = e.as_slice() else {
        panic!("{e:?}")
    };
    assert_eq!(remapped, &["no", "off"]);
    assert!(e[0]
        .condition(Dialect::Postgresql)
        .ends_with("NOT IN ('no', 'off')"));
}
