//! What the plan file's header check needs of a JSON text, read in one pass without building a
//! `serde_json::Value` of the whole file: the kind of its top value and, of an object, its
//! `format` and `schema_version` as written and whether it has a `plan`. (A `Value` would bring
//! its own deserializer into every first visit's download, to read two fields.)

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// The top value of a JSON text.
#[derive(Debug, PartialEq)]
pub(super) enum Top {
    Object {
        format: Option<Scalar>,
        schema_version: Option<Scalar>,
        plan: bool,
    },
    List,
    String,
    Number,
    Bool,
    Null,
}

/// A header field's value: a string, a number, or anything else as JSON writes it ("true",
/// "null", "[…]", "{…}").
#[derive(Debug, PartialEq)]
pub(super) enum Scalar {
    String(String),
    Number(serde_json::Number),
    Other(&'static str),
}

impl fmt::Display for Scalar {
    /// As JSON writes it: a string quoted, a number as written.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Scalar::String(s) => write!(f, "{}", serde_json::to_string(s).unwrap_or_default()),
            Scalar::Number(n) => write!(f, "{n}"),
            Scalar::Other(text) => f.write_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for Top {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Top, D::Error> {
        deserializer.deserialize_any(TopVisitor)
    }
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Top;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Top, A::Error> {
        let (mut format, mut schema_version, mut plan) = (None, None, false);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "format" => format = Some(map.next_value::<Scalar>()?),
                "schema_version" => schema_version = Some(map.next_value::<Scalar>()?),
                "plan" => {
                    map.next_value::<IgnoredAny>()?;
                    plan = true;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Top::Object {
            format,
            schema_version,
            plan,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Top, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Top::List)
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<Top, E> {
        Ok(Top::String)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Top, E> {
        Ok(Top::Number)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Top, E> {
        Ok(Top::Number)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Top, E> {
        Ok(Top::Number)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Top, E> {
        Ok(Top::Bool)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Top, E> {
        Ok(Top::Null)
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Scalar, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Scalar, E> {
        Ok(Scalar::String(text.to_string()))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Scalar, E> {
        Ok(Scalar::Number(n.into()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Scalar, E> {
        Ok(Scalar::Number(n.into()))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Scalar, E> {
        Ok(serde_json::Number::from_f64(n).map_or(Scalar::Other("a number"), Scalar::Number))
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Scalar, E> {
        Ok(Scalar::Other(if b { "true" } else { "false" }))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("a list"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("an object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_header_of_any_json() {
        let read = |text: &str| serde_json::from_str::<Top>(text).unwrap();
        assert_eq!(
            read(
                r#"{"x": [1, {"y": 2}], "format": "launchplan", "schema_version": 2, "plan": {"a": 1}}"#
            ),
            Top::Object {
                format: Some(Scalar::String("launchplan".into())),
                schema_version: Some(Scalar::Number(2.into())),
                plan: true
            }
        );
        assert_eq!(read("[1, 2]"), Top::List);
        assert_eq!(read("\"plan\""), Top::String);
        assert_eq!(read("null"), Top::Null);
        assert_eq!(read("1.5"), Top::Number);
        let Top::Object {
            format,
            schema_version,
            plan,
        } = read(r#"{"format": 42, "schema_version": "1"}"#)
        else {
            panic!()
        };
        assert_eq!(format.unwrap().to_string(), "42");
        assert_eq!(schema_version.unwrap().to_string(), "\"1\"");
        assert!(!plan);
    }
}
