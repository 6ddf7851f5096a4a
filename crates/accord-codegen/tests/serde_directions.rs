//! Which serde traits a client's types implement, on a minimal contract: inline types
//! only the request reaches implement `Serialize`, inline types only the response reaches
//! `Deserialize`, a type both reach (and every component schema) both, transitively
//! through nested fields, arrays and enums.

use accord_codegen::ir::{CrateIr, SerdeTraits};
use accord_codegen::{Options, RuntimeDep};
use accord_spec::Contract;

const CONTRACT: &str = r##"
openapi: 3.0.3
info: {title: Directions, version: "1"}
paths:
  /orders:
    post:
      operationId: createOrder
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [shipping]
              properties:
                shipping:
                  type: object
                  properties:
                    speed: {type: string, enum: [standard, express]}
                    address:
                      type: object
                      properties:
                        line: {type: string}
                customer: {$ref: '#/components/schemas/Customer'}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema:
                type: object
                properties:
                  lines:
                    type: array
                    items:
                      type: object
                      properties:
                        state: {type: string, enum: [open, closed]}
                  deliverTo:
                    $ref: '#/paths/~1orders/post/requestBody/content/application~1json/schema/properties/shipping/properties/address'
        "400":
          description: rejected
          content:
            application/json:
              schema:
                type: object
                properties:
                  reason: {type: string}
    get:
      operationId: listOrders
      parameters:
        - name: created
          in: query
          style: deepObject
          schema:
            type: object
            properties:
              gte: {type: integer}
      responses:
        "200":
          description: ok
components:
  schemas:
    Customer:
      type: object
      properties:
        tier: {type: string, enum: [gold, silver]}
    Unused:
      type: object
      properties:
        name: {type: string}
"##;

fn contract() -> Contract {
    accord_spec::load_str("directions.yaml", CONTRACT).expect("contract loads")
}

fn options() -> Options {
    Options {
        runtime: RuntimeDep::Version("0.1".into()),
        ..Options::default()
    }
}

const SEND: SerdeTraits = SerdeTraits::SERIALIZE_ONLY;
const RECEIVE: SerdeTraits = SerdeTraits::DESERIALIZE_ONLY;
const BOTH: SerdeTraits = SerdeTraits::BOTH;

#[test]
fn types_implement_the_traits_of_the_directions_they_travel() {
    let ir: CrateIr = accord_codegen::client_ir(&contract(), &options()).expect("generates");
    let traits: Vec<(&str, SerdeTraits)> = ir
        .types
        .iter()
        .map(|t| (t.name.as_str(), t.serde))
        .collect();
    let expected = [
        // Components, what they mention, and what no operation reaches: both.
        ("Customer", BOTH),
        ("CustomerTier", BOTH),
        ("Unused", BOTH),
        // The request body, through a nested field to an enum.
        ("CreateOrderBody", SEND),
        ("CreateOrderBodyShipping", SEND),
        ("CreateOrderBodyShippingSpeed", SEND),
        // Nested in the request and referred to by the response (bodies are built breadth
        // first, so the response's shallower reference names it).
        ("CreateOrderResponseDeliverTo", BOTH),
        // The success body, through array items to an enum, and the error body.
        ("CreateOrderResponse", RECEIVE),
        ("CreateOrderResponseLinesItem", RECEIVE),
        ("CreateOrderResponseLinesItemState", RECEIVE),
        ("CreateOrderError", RECEIVE),
        // A parameter's object schema: the client sends its values, as `name[key]=value`
        // pairs.
        ("ListOrdersCreated", SEND),
    ];
    for (name, want) in expected {
        let got = traits
            .iter()
            .find(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("no type `{name}` in {traits:?}"))
            .1;
        assert_eq!(got, want, "{name}");
    }
    assert_eq!(traits.len(), expected.len(), "{traits:?}");
}

#[test]
fn structs_carry_the_derives_and_attributes_of_their_directions() {
    let generated = accord_codegen::generate_client(&contract(), &options()).expect("generates");
    let types: String = generated.files["src/types.rs"]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let has = |needle: &str| assert!(types.contains(needle), "missing `{needle}` in\n{types}");
    has(
        "#[derive(Debug, Clone, PartialEq, serde::Serialize)] pub struct CreateOrderBodyShipping { \
         #[serde(skip_serializing_if = \"Option::is_none\")] pub speed:",
    );
    has(
        "#[derive(Debug, Clone, PartialEq, serde::Deserialize)] pub struct CreateOrderResponse { \
         #[serde(default)] pub lines:",
    );
    has(
        "#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)] pub struct Customer {",
    );
    has("impl serde::Serialize for CreateOrderBodyShippingSpeed {");
    assert!(
        !types.contains("impl<'de> serde::Deserialize<'de> for CreateOrderBodyShippingSpeed"),
        "a request-only enum is never read:\n{types}"
    );
    has("impl<'de> serde::Deserialize<'de> for CreateOrderResponseLinesItemState {");
    assert!(
        !types.contains("impl serde::Serialize for CreateOrderResponseLinesItemState"),
        "a response-only enum is never written:\n{types}"
    );
}
