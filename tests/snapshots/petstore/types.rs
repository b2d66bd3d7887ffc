//! Request and response types: one per schema of the spec.
/// The kind of pet.
///
/// Values the spec does not list are kept in `Unknown`, so a server that learns a new
/// value does not break decoding.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `dog`
    Dog,
    /// `cat`
    Cat,
    /// `other-animal`
    OtherAnimal,
    /// A value the spec does not list, as received.
    Unknown(String),
}
impl Kind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::OtherAnimal => "other-animal",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Kind {
    fn from(value: &str) -> Self {
        match value {
            "dog" => Self::Dog,
            "cat" => Self::Cat,
            "other-animal" => Self::OtherAnimal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::fmt::Display for Kind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Kind {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Kind {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <String as ::serde::Deserialize>::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NewPet {
    /// Constraints: at most 64 characters.
    /// Example: `"Rex"`.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(rename = "tagIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_ids: Option<Vec<i64>>,
}
impl NewPet {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(name: impl Into<String>) -> Self {
        NewPet {
            name: name.into(),
            kind: None,
            tag_ids: None,
        }
    }
    /// Sets `kind`.
    pub fn with_kind(mut self, value: Kind) -> Self {
        self.kind = Some(value);
        self
    }
    /// Sets `tag_ids`.
    pub fn with_tag_ids(mut self, value: Vec<i64>) -> Self {
        self.tag_ids = Some(value);
        self
    }
}
/// A pet with its id.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Pet {
    /// Constraints: at most 64 characters.
    /// Example: `"Rex"`.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(rename = "tagIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_ids: Option<Vec<i64>>,
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
}
impl Pet {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(name: impl Into<String>, id: i64) -> Self {
        Pet {
            name: name.into(),
            kind: None,
            tag_ids: None,
            id,
            owner: None,
        }
    }
    /// Sets `kind`.
    pub fn with_kind(mut self, value: Kind) -> Self {
        self.kind = Some(value);
        self
    }
    /// Sets `tag_ids`.
    pub fn with_tag_ids(mut self, value: Vec<i64>) -> Self {
        self.tag_ids = Some(value);
        self
    }
    /// Sets `owner`.
    pub fn with_owner(mut self, value: Owner) -> Self {
        self.owner = Some(value);
        self
    }
}
/// A person or a shelter.
///
/// Decoded as the variant that fits the value best: the first, in an order led by
/// the variants whose listed values it does not contradict and that declare most of
/// its properties, that gives the whole value back when encoded, else the one that
/// gives back the most of it.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Owner {
    Person(Person),
    Shelter(Shelter),
}
impl<'de> ::serde::Deserialize<'de> for Owner {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        const SHAPES: &[Option<crate::runtime::ObjectShape>] = &[
            Some(crate::runtime::ObjectShape {
                properties: &["firstName", "born"],
                open: false,
                enums: &[],
            }),
            Some(crate::runtime::ObjectShape {
                properties: &["shelterId"],
                open: false,
                enums: &[],
            }),
        ];
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let whole = crate::runtime::size(&value);
        let mut best: Option<(usize, Self)> = None;
        for i in crate::runtime::untagged_order(&value, SHAPES) {
            let decoded = match i {
                0usize => {
                    ::serde_json::from_value::<Person>(value.clone()).map(Self::Person)
                }
                1usize => {
                    ::serde_json::from_value::<Shelter>(value.clone()).map(Self::Shelter)
                }
                _ => continue,
            };
            let Ok(v) = decoded else { continue };
            let kept = crate::runtime::kept(&value, &v);
            if kept == whole {
                return Ok(v);
            }
            if best.as_ref().is_none_or(|(most, _)| kept > *most) {
                best = Some((kept, v));
            }
        }
        best.map(|(_, v)| v)
            .ok_or_else(|| ::serde::de::Error::custom(
                "the value matches no variant of Owner",
            ))
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Person {
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub born: Option<::chrono::NaiveDate>,
}
impl Person {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(first_name: impl Into<String>) -> Self {
        Person {
            first_name: first_name.into(),
            born: None,
        }
    }
    /// Sets `born`.
    pub fn with_born(mut self, value: ::chrono::NaiveDate) -> Self {
        self.born = Some(value);
        self
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Shelter {
    /// Constraints: format `uuid`.
    #[serde(rename = "shelterId")]
    pub shelter_id: ::uuid::Uuid,
}
impl Shelter {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(shelter_id: ::uuid::Uuid) -> Self {
        Shelter { shelter_id }
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Problem {
    pub message: String,
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retryable: Option<bool>,
}
impl Problem {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(message: impl Into<String>) -> Self {
        Problem {
            message: message.into(),
            retryable: None,
        }
    }
    /// Sets `retryable`.
    pub fn with_retryable(mut self, value: bool) -> Self {
        self.retryable = Some(value);
        self
    }
}
