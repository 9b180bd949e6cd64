//! Typed ids: a record's id is its own type (`MeetingId`, `EventId` …), so an event's id
//! can never be passed where a meeting's is meant. They bind and read as the integer they
//! wrap; they show and parse (from a path or a form) as that integer, and a bad one does
//! not parse. Code enums (`code_enum!`) do the same for closed sets of TEXT codes.

/// Declares a typed id: `typed_id!(MeetingId, "a meeting")`.
#[macro_export]
macro_rules! typed_id {
    ($name:ident, $what:literal) => {
        #[doc = concat!("The id of ", $what, ".")]
        #[derive(
            Clone,
            Copy,
            Debug,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            serde::Serialize,
            serde::Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> <sqlx::Any as sqlx::Database>::TypeInfo {
                <i64 as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &<sqlx::Any as sqlx::Database>::TypeInfo) -> bool {
                <i64 as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                Ok($name(<i64 as sqlx::Decode<'r, sqlx::Any>>::decode(value)?))
            }
        }

        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <i64 as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&self.0, buf)
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();
            /// A positive integer, as ids are.
            fn from_str(text: &str) -> Result<Self, ()> {
                match text.parse::<i64>() {
                    Ok(n) if n > 0 => Ok($name(n)),
                    _ => Err(()),
                }
            }
        }
    };
}

/// Declares a closed set of codes stored as TEXT (a status, a stage, a consent answer):
/// `code_enum!(MeetingStatus, "a meeting's status", { Proposed => "proposed", … })`.
/// `ALL` lists them in the order forms show them; `code()` is what is stored and what
/// message names are built from; parsing anything else fails, so a bad value is refused
/// at the edge, never stored.
#[macro_export]
macro_rules! code_enum {
    ($name:ident, $what:literal, { $($variant:ident => $code:literal),+ $(,)? }) => {
        #[doc = concat!("The codes of ", $what, ".")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every value, in the order forms and pages list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every code, in the same order.
            pub const CODES: &'static [&'static str] = &[$($code),+];

            /// The stored code.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value with this stored code.
            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $name {
            type Err = ();
            fn from_str(code: &str) -> Result<$name, ()> {
                $name::from_code(code).ok_or(())
            }
        }

        impl sqlx::Type<sqlx::Any> for $name {
            fn type_info() -> <sqlx::Any as sqlx::Database>::TypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }
            fn compatible(ty: &<sqlx::Any as sqlx::Database>::TypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $name {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let code = <String as sqlx::Decode<'r, sqlx::Any>>::decode(value)?;
                $name::from_code(&code)
                    .ok_or_else(|| format!("{:?} is not one of {}", code, $what).into())
            }
        }

        impl<'q> sqlx::Encode<'q, sqlx::Any> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&self.code(), buf)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.code() == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.code() == *other
            }
        }
    };
}
