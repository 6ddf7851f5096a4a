//! Consumer side of the generated `webhooks` and `callbacks` modules: example payloads of
//! `crates/accord-codegen/tests/fixtures/webhook-callbacks.yaml` read into the typed
//! models (inline payloads as named types, nested objects, enums and arrays of objects
//! included) and serialise back to the same JSON; unknown enum values, unknown webhook
//! and callback names and unknown `type` values are kept, not rejected.
//!
//! The payloads use the message names `accord test-events` resolves captured lines with
//! (`operationId`, else the webhook key, else `<owner operationId>.<callback key>`).

use serde_json::{json, Value};
use webhook_callbacks_client::callbacks::{self, Callback};
use webhook_callbacks_client::types::{
    InvoicePaidMethod, OrderShippedPayloadShipmentCarrier, OrderStatusChangedPayloadHoldReason,
    OrderStatusChangedPayloadStatus,
};
use webhook_callbacks_client::webhooks::{self, Webhook};

/// The webhook example the contract gives for `orderShipped`.
fn order_shipped() -> Value {
    json!({
        "type": "order.shipped",
        "orderId": "ord_1001",
        "shipment": {
            "carrier": "dhl",
            "trackingNumber": "JD0146000",
            "address": {"city": "Hamburg", "countryCode": "DE"}
        },
        "lines": [{"sku": "SKU-1", "quantity": 2}, {"sku": "SKU-7", "quantity": 1}]
    })
}

fn webhook_round_trip(payload: Value) -> Webhook {
    let webhook = Webhook::from_json(payload.clone()).expect("the payload reads");
    assert_eq!(webhook.to_json().expect("the payload writes"), payload);
    webhook
}

fn callback_round_trip(name: &str, payload: Value) -> Callback {
    let callback = Callback::from_message(name, payload.clone()).expect("the payload reads");
    assert_eq!(callback.to_json().expect("the payload writes"), payload);
    callback
}

#[test]
fn an_inline_webhook_payload_reads_into_named_nested_types() {
    let Webhook::OrderShipped(shipped) = webhook_round_trip(order_shipped()) else {
        panic!("`type: order.shipped` is orderShipped");
    };
    let shipped: webhooks::OrderShipped = shipped;
    assert_eq!(shipped.order_id, "ord_1001");
    assert_eq!(
        shipped.shipment.carrier,
        OrderShippedPayloadShipmentCarrier::Dhl
    );
    let address = shipped
        .shipment
        .address
        .as_ref()
        .expect("the address is given");
    assert_eq!(address.country_code, "DE");
    assert_eq!(address.line1, None);
    let quantities: Vec<(&str, i64)> = shipped
        .lines
        .iter()
        .map(|l| (l.sku.as_str(), l.quantity))
        .collect();
    assert_eq!(quantities, [("SKU-1", 2), ("SKU-7", 1)]);
}

#[test]
fn an_unknown_enum_value_in_a_webhook_is_kept_and_written_back() {
    let mut payload = order_shipped();
    payload["shipment"]["carrier"] = json!("royal-mail");
    let Webhook::OrderShipped(shipped) = webhook_round_trip(payload) else {
        panic!("`type: order.shipped` is orderShipped");
    };
    assert_eq!(
        shipped.shipment.carrier,
        OrderShippedPayloadShipmentCarrier::Unknown("royal-mail".into())
    );
}

#[test]
fn a_ref_payload_and_a_webhook_named_by_its_key_read_into_their_types() {
    let paid =
        json!({"type": "invoice.paid", "invoiceId": "inv_7", "amount": 12900, "method": "card"});
    let Webhook::InvoicePaid(paid) = webhook_round_trip(paid) else {
        panic!("`type: invoice.paid` is invoicePaid");
    };
    assert_eq!(paid.method, Some(InvoicePaidMethod::Card));

    // No operationId: the webhook key names the message.
    let refund = json!({"type": "refund.issued", "refundId": "ref_3", "amount": 500});
    let read = Webhook::from_message("refund.issued", refund.clone()).expect("the payload reads");
    assert_eq!(read.message_name(), Some("refund.issued"));
    let Webhook::RefundIssued(issued) = webhook_round_trip(refund) else {
        panic!("`type: refund.issued` is the refund.issued webhook");
    };
    assert_eq!(issued.amount, 500);
}

#[test]
fn an_unknown_webhook_is_kept_whole() {
    let newer = json!({"type": "order.returned", "orderId": "ord_1001", "reason": "damaged"});
    assert_eq!(
        webhook_round_trip(newer.clone()),
        Webhook::Unknown(newer.clone())
    );
    let named = Webhook::from_message("orderReturned", newer.clone()).expect("any payload reads");
    assert_eq!(named, Webhook::Unknown(newer));
    assert_eq!(named.message_name(), None);
}

#[test]
fn an_inline_callback_body_reads_by_name_key_and_content() {
    let changed = json!({
        "orderId": "ord_1001",
        "status": "accepted",
        "changedAt": "2026-03-02T09:15:00Z",
        "hold": {"reason": "stock", "until": "2026-03-04"}
    });
    let Callback::OrderStatusChanged(body) =
        callback_round_trip("orderStatusChanged", changed.clone())
    else {
        panic!("orderStatusChanged names the callback");
    };
    let body: callbacks::OrderStatusChanged = body;
    assert_eq!(body.status, OrderStatusChangedPayloadStatus::Accepted);
    let hold = body.hold.as_ref().expect("the hold is given");
    assert_eq!(hold.reason, OrderStatusChangedPayloadHoldReason::Stock);
    // The callback key selects it too, and so does the content alone.
    assert_eq!(
        callback_round_trip("orderStatus", changed.clone()),
        Callback::OrderStatusChanged(body.clone())
    );
    assert_eq!(
        Callback::from_json(changed).expect("the payload reads"),
        Callback::OrderStatusChanged(body)
    );
}

#[test]
fn an_unknown_enum_value_in_a_callback_is_kept_and_written_back() {
    let returned =
        json!({"orderId": "ord_1001", "status": "returned", "changedAt": "2026-03-09T10:00:00Z"});
    let Callback::OrderStatusChanged(body) = callback_round_trip("orderStatusChanged", returned)
    else {
        panic!("orderStatusChanged names the callback");
    };
    assert_eq!(
        body.status,
        OrderStatusChangedPayloadStatus::Unknown("returned".into())
    );
}

#[test]
fn ref_and_array_callback_bodies_read_into_their_types() {
    let ready = json!({"exportId": "exp_5", "url": "https://files.parcelpoint.example/exp_5.csv", "rows": 120});
    let Callback::ExportReady(ready) = callback_round_trip("exportReady", ready) else {
        panic!("exportReady names the callback");
    };
    assert_eq!(ready.rows, Some(120));

    // No operationId: `<owner operationId>.<callback key>` names it, the key selects it.
    let failed = json!({"exportId": "exp_6", "errors": [{"code": "range", "detail": "`to` is before `from`"}, {"code": "quota"}]});
    let Callback::CreateExportExportFailed(failed) =
        callback_round_trip("createExport.exportFailed", failed.clone())
    else {
        panic!("createExport.exportFailed names the callback");
    };
    let codes: Vec<&str> = failed.errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["range", "quota"]);
    assert_eq!(failed.errors[1].detail, None);

    // A callback declared in `components/callbacks`.
    let audit = json!({"orderId": "ord_1001", "actor": "usr_4"});
    let read = callback_round_trip("orderAudit", audit);
    assert_eq!(read.message_name(), Some("createOrder.orderAudit"));
}

#[test]
fn an_unknown_callback_is_kept_whole_and_an_unreadable_body_is_an_error() {
    let newer = json!({"orderId": "ord_1001", "label": "https://labels.example/1.pdf"});
    let read = callback_round_trip("labelPrinted", newer.clone());
    assert_eq!(read, Callback::Unknown(newer.clone()));
    assert_eq!(read.message_name(), None);
    // Callbacks have no shared discriminator: a body that is none of them is an error
    // naming every message it was tried as.
    let error = Callback::from_json(newer).expect_err("no callback takes this body");
    for name in Callback::MESSAGES {
        assert!(error.to_string().contains(name), "{name} in {error}");
    }
}
