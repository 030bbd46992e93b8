//! The KMS API's request and response types, mirroring the API model.
//!
//! Member names are the model's PascalCase names and fields are declared in the model's member
//! order, which is the order AWS prints them in. Enumerations in requests are kept as strings so
//! that validation can reject unknown values with AWS's ValidationException text; responses use
//! the typed enums of [`enums`]. Types that one operation alone uses live in its file under
//! [`crate::ops`]; the ones several operations share live here.

pub mod enums;
pub mod shapes;
pub mod values;

pub use enums::*;
pub use shapes::*;
pub use values::*;
