-- a validation failure: an order without an item and with a negative quantity
wrk.method = "POST"
wrk.body = '{"item":"","quantity":-1}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
