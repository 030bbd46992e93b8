//! The API model's enumerations are generated as Rust enums named by their wire values (see
//! build/types.rs); this is the macro they are written with.

/// Declares a string enumeration with its wire names and the list used in validation messages.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vattr:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[allow(non_camel_case_types)] // the variants are the wire names
        pub enum $name { $($(#[$vattr])* #[allow(missing_docs)] $variant),+ }

        impl $name {
            /// Every value, in the model's order.
            pub const ALL: &'static [&'static str] = &[$(stringify!($variant)),+];

            /// The wire name.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => stringify!($variant)),+ }
            }

            /// Parses a wire name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $(stringify!($variant) => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}
