/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The input of `advanceTestHelpersTestClock`: the parameters of Stripe's `POST /v1/test_helpers/test_clocks/{id}/advance` and the object it acts on. */
export type AdvanceTestHelpersTestClockInput = {
  /** The time to advance the test clock. Must be after the test clock's current frozen time. Cannot be more than two intervals in the future from the shortest subscription in this test clock. If there are no subscriptions in this test clock, it cannot be more than two years in the future. */
  frozenTime: string;
  /** The TestHelpersTestClock to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `cancelClimateOrder`: the parameters of Stripe's `POST /v1/climate/orders/{id}/cancel` and the object it acts on. */
export type CancelClimateOrderInput = {
  /** The ClimateOrder to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `cancelOrder`: the parameters of Stripe's `POST /v1/orders/{id}/cancel` and the object it acts on. */
export type CancelOrderInput = {
  /** The Order to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `cancelTreasuryInboundTransfer`: the parameters of Stripe's `POST /v1/treasury/inbound_transfers/{id}/cancel` and the object it acts on. */
export type CancelTreasuryInboundTransferInput = {
  /** The TreasuryInboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `cancelTreasuryOutboundPayment`: the parameters of Stripe's `POST /v1/treasury/outbound_payments/{id}/cancel` and the object it acts on. */
export type CancelTreasuryOutboundPaymentInput = {
  /** The TreasuryOutboundPayment to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `cancelTreasuryOutboundTransfer`: the parameters of Stripe's `POST /v1/treasury/outbound_transfers/{id}/cancel` and the object it acts on. */
export type CancelTreasuryOutboundTransferInput = {
  /** The TreasuryOutboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** Reason for the cancellation of this order. */
export type ClimateOrderCancellationReason =
  /** `expired` */
  | 'EXPIRED'
  /** `product_unavailable` */
  | 'PRODUCT_UNAVAILABLE'
  /** `requested` */
  | 'REQUESTED';

/** The current status of this order. */
export type ClimateOrderStatus =
  /** `awaiting_funds` */
  | 'AWAITING_FUNDS'
  /** `canceled` */
  | 'CANCELED'
  /** `confirmed` */
  | 'CONFIRMED'
  /** `delivered` */
  | 'DELIVERED'
  /** `open` */
  | 'OPEN';

/** The scientific pathway used for carbon removal. */
export type ClimateSupplierRemovalPathway =
  /** `biomass_carbon_removal_and_storage` */
  | 'BIOMASS_CARBON_REMOVAL_AND_STORAGE'
  /** `direct_air_capture` */
  | 'DIRECT_AIR_CAPTURE'
  /** `enhanced_weathering` */
  | 'ENHANCED_WEATHERING'
  /** `marine_carbon_removal` */
  | 'MARINE_CARBON_REMOVAL';

/** A different bank account where funds can be deposited/debited in order to get the closing FA's balance to $0 */
export type CloseTreasuryFinancialAccountForwardingSettingsInput = {
  /** The financial_account id */
  financialAccount?: string | number | null | undefined;
  /** The payment_method or bank account id. This needs to be a verified bank account. */
  paymentMethod?: string | number | null | undefined;
  /** The type of the bank account provided. This can be either "financial_account" or "payment_method" */
  type: UpdateTreasuryFinancialAccountForwardingSettingsType;
};

/** The input of `closeTreasuryFinancialAccount`: the parameters of Stripe's `POST /v1/treasury/financial_accounts/{id}/close` and the object it acts on. */
export type CloseTreasuryFinancialAccountInput = {
  /** A different bank account where funds can be deposited/debited in order to get the closing FA's balance to $0 */
  forwardingSettings?: CloseTreasuryFinancialAccountForwardingSettingsInput | null | undefined;
  /** The TreasuryFinancialAccount to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** Publicly sharable reference for the end beneficiary of carbon removal. Assumed to be the Stripe account if not set. */
export type CreateClimateOrderBeneficiaryInput = {
  /** Publicly displayable name for the end beneficiary of carbon removal. */
  publicName: string;
};

/** The input of `createClimateOrder`: the parameters of Stripe's `POST /v1/climate/orders`. */
export type CreateClimateOrderInput = {
  /** Requested amount of carbon removal units. Either this or `metric_tons` must be specified. */
  amount?: number | null | undefined;
  /** Publicly sharable reference for the end beneficiary of carbon removal. Assumed to be the Stripe account if not set. */
  beneficiary?: CreateClimateOrderBeneficiaryInput | null | undefined;
  /** Request currency for the order as a three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a supported [settlement currency for your account](https://stripe.com/docs/currencies). If omitted, the account's default currency will be used. */
  currency?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Requested number of tons for the order. Either this or `amount` must be specified. */
  metricTons?: string | null | undefined;
  /** Unique identifier of the Climate product. */
  product: string | number;
};

/** The input of `createCustomer`: the parameters of Stripe's `POST /v1/customers`. */
export type CreateCustomerInput = {
  /** An arbitrary string that you can attach to a customer object. It is displayed alongside the customer in the dashboard. */
  description?: string | null | undefined;
  /** Customer's email address. It's displayed alongside the customer in your dashboard and can be useful for searching and tracking. This may be up to *512 characters*. */
  email?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The customer's full name or business name. */
  name?: string | null | undefined;
};

/** The input of `createEntitlementsFeature`: the parameters of Stripe's `POST /v1/entitlements/features`. */
export type CreateEntitlementsFeatureInput = {
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** A unique key you provide as your own system identifier. This may be up to 80 characters. */
  lookupKey: string;
  /** Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The feature's name, for your own purpose, not meant to be displayable to the customer. */
  name: string;
};

/** The input of `createFromCalculationTaxTransaction`: the parameters of Stripe's `POST /v1/tax/transactions/create_from_calculation`. */
export type CreateFromCalculationTaxTransactionInput = {
  /** Tax Calculation ID to be used as input when creating the transaction. */
  calculation: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The Unix timestamp representing when the tax liability is assumed or reduced, which determines the liability posting period and handling in tax liability reports. The timestamp must fall within the `tax_date` and the current time, unless the `tax_date` is scheduled in advance. Defaults to the current time. */
  postedAt?: string | null | undefined;
  /** A custom order or sale identifier, such as 'myOrder_123'. Must be unique across all transactions, including reversals. */
  reference: string;
};

/** Parameters of Order (Stripe's `order#OrderCreateParams.AutomaticTax`). */
export type CreateOrderAutomaticTaxInput = {
  /** Stripe's `enabled` parameter. */
  enabled: boolean;
};

/** Parameters of Order (Stripe's `order#OrderCreateParams.BillingDetails`). */
export type CreateOrderBillingDetailsInput = {
  /** Stripe's `address` parameter. */
  address?: Record<string, unknown> | null | undefined;
  /** Stripe's `email` parameter. */
  email?: string | null | undefined;
  /** Stripe's `name` parameter. */
  name?: string | null | undefined;
  /** Stripe's `phone` parameter. */
  phone?: string | null | undefined;
};

/** The input of `createOrder`: the parameters of Stripe's `POST /v1/orders`. */
export type CreateOrderInput = {
  /** Stripe's `automatic_tax` parameter. */
  automaticTax?: CreateOrderAutomaticTaxInput | null | undefined;
  /** Stripe's `billing_details` parameter. */
  billingDetails?: CreateOrderBillingDetailsInput | null | undefined;
  /** Stripe's `currency` parameter. */
  currency: string;
  /** Stripe's `customer` parameter. */
  customer?: string | number | null | undefined;
  /** Stripe's `description` parameter. */
  description?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Stripe's `ip_address` parameter. */
  ipAddress?: string | null | undefined;
  /** Stripe's `line_items` parameter. */
  lineItems: Array<CreateOrderLineItemsInput>;
  /** Stripe's `metadata` parameter. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Stripe's `shipping_cost` parameter. */
  shippingCost?: CreateOrderShippingCostInput | null | undefined;
  /** Stripe's `shipping_details` parameter. */
  shippingDetails?: CreateOrderShippingDetailsInput | null | undefined;
  /** Stripe's `tax_details` parameter. */
  taxDetails?: CreateOrderTaxDetailsInput | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderCreateParams.LineItems`). */
export type CreateOrderLineItemsInput = {
  /** Stripe's `description` parameter. */
  description?: string | null | undefined;
  /** Stripe's `discounts` parameter. */
  discounts?: Array<Record<string, unknown>> | null | undefined;
  /** Stripe's `price` parameter. */
  price?: string | number | null | undefined;
  /** Stripe's `price_data` parameter. */
  priceData?: Record<string, unknown> | null | undefined;
  /** Stripe's `product` parameter. */
  product?: string | number | null | undefined;
  /** Stripe's `product_data` parameter. */
  productData?: Record<string, unknown> | null | undefined;
  /** Stripe's `quantity` parameter. */
  quantity?: number | null | undefined;
  /** Stripe's `tax_rates` parameter. */
  taxRates?: Array<string> | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderCreateParams.ShippingCost`). */
export type CreateOrderShippingCostInput = {
  /** Stripe's `shipping_rate` parameter. */
  shippingRate?: string | null | undefined;
  /** Stripe's `shipping_rate_data` parameter. */
  shippingRateData?: Record<string, unknown> | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderCreateParams.ShippingDetails`). */
export type CreateOrderShippingDetailsInput = {
  /** Stripe's `address` parameter. */
  address: Record<string, unknown>;
  /** Stripe's `name` parameter. */
  name: string;
  /** Stripe's `phone` parameter. */
  phone?: string | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderCreateParams.TaxDetails`). */
export type CreateOrderTaxDetailsInput = {
  /** Stripe's `tax_exempt` parameter. */
  taxExempt?: OrderTaxDetailsTaxExempt | null | undefined;
  /** Stripe's `tax_ids` parameter. */
  taxIds?: Array<Record<string, unknown>> | null | undefined;
};

/** Billing address. */
export type CreatePaymentMethodBillingDetailsAddressInput = {
  /** City, district, suburb, town, village, or ward. */
  city?: string | null | undefined;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country?: string | null | undefined;
  /** Address line 1 (e.g., street, block, PO Box, or company name). */
  line1?: string | null | undefined;
  /** Address line 2 (e.g., apartment, suite, unit, or building). */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode?: string | null | undefined;
  /** State, county, province, prefecture, or region. */
  state?: string | null | undefined;
};

/** Billing information associated with the PaymentMethod that may be used or required by particular types of payment methods. */
export type CreatePaymentMethodBillingDetailsInput = {
  /** Billing address. */
  address?: CreatePaymentMethodBillingDetailsAddressInput | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Billing phone number (including extension). */
  phone?: string | null | undefined;
  /** Taxpayer identification number. Used only for transactions between LATAM buyers and non-LATAM sellers. */
  taxId?: string | null | undefined;
};

/** The input of `createPaymentMethod`: the parameters of Stripe's `POST /v1/payment_methods`. */
export type CreatePaymentMethodInput = {
  /** Billing information associated with the PaymentMethod that may be used or required by particular types of payment methods. */
  billingDetails?: CreatePaymentMethodBillingDetailsInput | null | undefined;
  /** The `Customer` to whom the original PaymentMethod is attached. */
  customer?: string | number | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type. */
  type?: PaymentMethodType | null | undefined;
  /** If this is an `us_bank_account` PaymentMethod, this hash contains details about the US bank account payment method. */
  usBankAccount?: CreatePaymentMethodUsBankAccountInput | null | undefined;
};

/** If this is an `us_bank_account` PaymentMethod, this hash contains details about the US bank account payment method. */
export type CreatePaymentMethodUsBankAccountInput = {
  /** Account holder type: individual or company. */
  accountHolderType?: PaymentMethodUsBankAccountAccountHolderType | null | undefined;
  /** Account number of the bank account. */
  accountNumber?: string | null | undefined;
  /** Account type: checkings or savings. Defaults to checking if omitted. */
  accountType?: PaymentMethodUsBankAccountAccountType | null | undefined;
  /** The ID of a Financial Connections Account to use as a payment method. */
  financialConnectionsAccount?: string | null | undefined;
  /** Routing number of the bank account. */
  routingNumber?: string | null | undefined;
};

/** The input of `createPrice`: the parameters of Stripe's `POST /v1/prices`. */
export type CreatePriceInput = {
  /** Whether the price can be used for new purchases. Defaults to `true`. */
  active?: boolean | null | undefined;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** A lookup key used to retrieve prices dynamically from a static string. This may be up to 200 characters. */
  lookupKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** A brief description of the price, hidden from customers. */
  nickname?: string | null | undefined;
  /** The ID of the [Product](https://docs.stripe.com/api/products) that this [Price](https://docs.stripe.com/api/prices) will belong to. */
  product?: string | number | null | undefined;
  /** Only required if a [default tax behavior](https://docs.stripe.com/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended)) was not provided in the Stripe Tax settings. Specifies whether the price is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. Once specified as either `inclusive` or `exclusive`, it cannot be changed. */
  taxBehavior?: PriceTaxBehavior | null | undefined;
  /** A positive integer in cents (or local equivalent) (or 0 for a free price) representing how much to charge. One of `unit_amount`, `unit_amount_decimal`, or `custom_unit_amount` is required, unless `billing_scheme=tiered`. */
  unitAmount?: number | null | undefined;
};

/** The input of `createProductFeature`: the parameters of Stripe's `POST /v1/products/{id}/features` and the object it acts on. */
export type CreateProductFeatureInput = {
  /** The ID of the [Feature](https://docs.stripe.com/api/entitlements/feature) object attached to this product. */
  entitlementFeature: string;
  /** The ProductFeature to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `createProduct`: the parameters of Stripe's `POST /v1/products`. */
export type CreateProductInput = {
  /** Whether the product is currently available for purchase. Defaults to `true`. */
  active?: boolean | null | undefined;
  /** The product's description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes. */
  description?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The product's name, meant to be displayable to the customer. */
  name: string;
  /** A [tax code](https://docs.stripe.com/tax/tax-categories) ID. */
  taxCode?: string | number | null | undefined;
  /** The type of the product. Defaults to `service` if not explicitly specified, enabling use of this product with Subscriptions and Plans. Set this parameter to `good` to use this product with Orders and SKUs. On API versions before `2018-02-05`, this field defaults to `good` for compatibility reasons. */
  type?: ProductType | null | undefined;
  /** A URL of a publicly-accessible webpage for this product. */
  url?: string | null | undefined;
};

/** The input of `createReversalTaxTransaction`: the parameters of Stripe's `POST /v1/tax/transactions/create_reversal`. */
export type CreateReversalTaxTransactionInput = {
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** The line item amounts to reverse. */
  lineItems?: Array<CreateReversalTaxTransactionLineItemsInput> | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** If `partial`, the provided line item or shipping cost amounts are reversed. If `full`, the original transaction is fully reversed. */
  mode: CreateReversalTaxTransactionMode;
  /** The ID of the Transaction to partially or fully reverse. */
  originalTransaction: string;
  /** A custom identifier for this reversal, such as `myOrder_123-refund_1`, which must be unique across all transactions. The reference helps identify this reversal transaction in exported [tax reports](https://docs.stripe.com/tax/reports). */
  reference: string;
  /** The shipping cost to reverse. */
  shippingCost?: CreateReversalTaxTransactionShippingCostInput | null | undefined;
};

/** The line item amounts to reverse. */
export type CreateReversalTaxTransactionLineItemsInput = {
  /** The amount to reverse, in the [smallest currency unit](https://docs.stripe.com/currencies#minor-units) in negative. */
  amount: number;
  /** The amount of tax to reverse, in the [smallest currency unit](https://docs.stripe.com/currencies#minor-units) in negative. */
  amountTax: number;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The `id` of the line item to reverse in the original transaction. */
  originalLineItem: string;
  /** The quantity reversed. Appears in [tax exports](https://docs.stripe.com/tax/reports), but does not affect the amount of tax reversed. */
  quantity?: number | null | undefined;
  /** A custom identifier for this line item in the reversal transaction, such as 'L1-refund'. */
  reference: string;
};

/** If `partial`, the provided line item or shipping cost amounts are reversed. If `full`, the original transaction is fully reversed. */
export type CreateReversalTaxTransactionMode =
  /** `full` */
  | 'FULL'
  /** `partial` */
  | 'PARTIAL';

/** The shipping cost to reverse. */
export type CreateReversalTaxTransactionShippingCostInput = {
  /** The amount to reverse, in the [smallest currency unit](https://docs.stripe.com/currencies#minor-units) in negative. */
  amount: number;
  /** The amount of tax to reverse, in the [smallest currency unit](https://docs.stripe.com/currencies#minor-units) in negative. */
  amountTax: number;
};

/** The customer's postal address (for example, home or business location). */
export type CreateTaxCalculationCustomerDetailsAddressInput = {
  /** City, district, suburb, town, or village. */
  city?: string | null | undefined;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country: string;
  /** Address line 1, such as the street, PO Box, or company name. */
  line1?: string | null | undefined;
  /** Address line 2, such as the apartment, suite, unit, or building. */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode?: string | null | undefined;
  /** State, county, province, or region. We recommend sending [ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2) subdivision code value when possible. */
  state?: string | null | undefined;
};

/** Details about the customer, including address and tax IDs. */
export type CreateTaxCalculationCustomerDetailsInput = {
  /** The customer's postal address (for example, home or business location). */
  address?: CreateTaxCalculationCustomerDetailsAddressInput | null | undefined;
  /** The type of customer address provided. */
  addressSource?: TaxCalculationCustomerDetailsAddressSource | null | undefined;
  /** The customer's IP address (IPv4 or IPv6). */
  ipAddress?: string | null | undefined;
  /** The customer's tax IDs. Stripe Tax might consider a transaction with applicable tax IDs to be B2B, which might affect the tax calculation result. Stripe Tax doesn't validate tax IDs for correctness. */
  taxIds?: Array<CreateTaxCalculationCustomerDetailsTaxIdsInput> | null | undefined;
  /** Overrides the tax calculation result to allow you to not collect tax from your customer. Use this if you've manually checked your customer's tax exemptions. Prefer providing the customer's `tax_ids` where possible, which automatically determines whether `reverse_charge` applies. */
  taxabilityOverride?: TaxCalculationCustomerDetailsTaxabilityOverride | null | undefined;
};

/** The customer's tax IDs. Stripe Tax might consider a transaction with applicable tax IDs to be B2B, which might affect the tax calculation result. Stripe Tax doesn't validate tax IDs for correctness. */
export type CreateTaxCalculationCustomerDetailsTaxIdsInput = {
  /** Type of the tax ID, one of `ad_nrt`, `ae_trn`, `al_tin`, `am_tin`, `ao_tin`, `ar_cuit`, `au_abn`, `au_acn`, `au_arn`, `au_wpn`, `aw_tin`, `az_tin`, `ba_tin`, `bb_tin`, `bd_bin`, `bf_ifu`, `bg_uic`, `bh_vat`, `bj_ifu`, `bo_tin`, `br_cnpj`, `br_cpf`, `bs_tin`, `bw_vat`, `by_tin`, `ca_bn`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `ca_qst`, `cd_nif`, `ch_uid`, `ch_vat`, `ci_vat`, `cl_tin`, `cm_niu`, `cn_tin`, `co_nit`, `cr_tin`, `cv_nif`, `cz_dic`, `de_stn`, `do_rcn`, `ec_ruc`, `eg_tin`, `es_cif`, `et_tin`, `eu_oss_vat`, `eu_vat`, `fo_vat`, `fr_siren`, `fr_siret`, `fr_spi`, `gb_vat`, `ge_vat`, `gh_tin`, `gi_tin`, `gn_nif`, `hk_br`, `hr_oib`, `hu_tin`, `ic_nif`, `id_npwp`, `il_vat`, `in_gst`, `is_kt`, `is_vat`, `it_cf`, `jp_cn`, `jp_rn`, `jp_trn`, `ke_pin`, `kg_tin`, `kh_tin`, `kr_brn`, `kz_bin`, `la_tin`, `li_uid`, `li_vat`, `lk_vat`, `ma_vat`, `md_cf`, `md_vat`, `me_pib`, `mk_vat`, `mr_nif`, `mu_vat`, `mx_rfc`, `my_frp`, `my_itn`, `my_sst`, `mz_nuit`, `ng_tin`, `no_vat`, `no_voec`, `np_pan`, `nz_bn`, `nz_gst`, `om_vat`, `pe_ruc`, `ph_tin`, `pl_nip`, `pt_nif`, `py_ruc`, `ro_tin`, `rs_pib`, `ru_inn`, `ru_kpp`, `sa_vat`, `sg_gst`, `sg_uen`, `si_tin`, `sm_coe`, `sn_ninea`, `sr_fin`, `sv_nit`, `th_vat`, `tj_tin`, `tr_tin`, `tt_bir`, `tt_vat`, `tw_vat`, `tz_vat`, `ua_vat`, `ug_tin`, `us_ein`, `uy_ruc`, `uz_tin`, `uz_vat`, `ve_rif`, `vn_tin`, `za_vat`, `zm_tin`, or `zw_tin` */
  type: CreateTaxCalculationCustomerDetailsTaxIdsType;
  /** Value of the tax ID. */
  value: string;
};

/** Type of the tax ID, one of `ad_nrt`, `ae_trn`, `al_tin`, `am_tin`, `ao_tin`, `ar_cuit`, `au_abn`, `au_acn`, `au_arn`, `au_wpn`, `aw_tin`, `az_tin`, `ba_tin`, `bb_tin`, `bd_bin`, `bf_ifu`, `bg_uic`, `bh_vat`, `bj_ifu`, `bo_tin`, `br_cnpj`, `br_cpf`, `bs_tin`, `bw_vat`, `by_tin`, `ca_bn`, `ca_gst_hst`, `ca_pst_bc`, `ca_pst_mb`, `ca_pst_sk`, `ca_qst`, `cd_nif`, `ch_uid`, `ch_vat`, `ci_vat`, `cl_tin`, `cm_niu`, `cn_tin`, `co_nit`, `cr_tin`, `cv_nif`, `cz_dic`, `de_stn`, `do_rcn`, `ec_ruc`, `eg_tin`, `es_cif`, `et_tin`, `eu_oss_vat`, `eu_vat`, `fo_vat`, `fr_siren`, `fr_siret`, `fr_spi`, `gb_vat`, `ge_vat`, `gh_tin`, `gi_tin`, `gn_nif`, `hk_br`, `hr_oib`, `hu_tin`, `ic_nif`, `id_npwp`, `il_vat`, `in_gst`, `is_kt`, `is_vat`, `it_cf`, `jp_cn`, `jp_rn`, `jp_trn`, `ke_pin`, `kg_tin`, `kh_tin`, `kr_brn`, `kz_bin`, `la_tin`, `li_uid`, `li_vat`, `lk_vat`, `ma_vat`, `md_cf`, `md_vat`, `me_pib`, `mk_vat`, `mr_nif`, `mu_vat`, `mx_rfc`, `my_frp`, `my_itn`, `my_sst`, `mz_nuit`, `ng_tin`, `no_vat`, `no_voec`, `np_pan`, `nz_bn`, `nz_gst`, `om_vat`, `pe_ruc`, `ph_tin`, `pl_nip`, `pt_nif`, `py_ruc`, `ro_tin`, `rs_pib`, `ru_inn`, `ru_kpp`, `sa_vat`, `sg_gst`, `sg_uen`, `si_tin`, `sm_coe`, `sn_ninea`, `sr_fin`, `sv_nit`, `th_vat`, `tj_tin`, `tr_tin`, `tt_bir`, `tt_vat`, `tw_vat`, `tz_vat`, `ua_vat`, `ug_tin`, `us_ein`, `uy_ruc`, `uz_tin`, `uz_vat`, `ve_rif`, `vn_tin`, `za_vat`, `zm_tin`, or `zw_tin` */
export type CreateTaxCalculationCustomerDetailsTaxIdsType =
  /** `ad_nrt` */
  | 'AD_NRT'
  /** `ae_trn` */
  | 'AE_TRN'
  /** `al_tin` */
  | 'AL_TIN'
  /** `am_tin` */
  | 'AM_TIN'
  /** `ao_tin` */
  | 'AO_TIN'
  /** `ar_cuit` */
  | 'AR_CUIT'
  /** `au_abn` */
  | 'AU_ABN'
  /** `au_acn` */
  | 'AU_ACN'
  /** `au_arn` */
  | 'AU_ARN'
  /** `au_wpn` */
  | 'AU_WPN'
  /** `aw_tin` */
  | 'AW_TIN'
  /** `az_tin` */
  | 'AZ_TIN'
  /** `ba_tin` */
  | 'BA_TIN'
  /** `bb_tin` */
  | 'BB_TIN'
  /** `bd_bin` */
  | 'BD_BIN'
  /** `bf_ifu` */
  | 'BF_IFU'
  /** `bg_uic` */
  | 'BG_UIC'
  /** `bh_vat` */
  | 'BH_VAT'
  /** `bj_ifu` */
  | 'BJ_IFU'
  /** `bo_tin` */
  | 'BO_TIN'
  /** `br_cnpj` */
  | 'BR_CNPJ'
  /** `br_cpf` */
  | 'BR_CPF'
  /** `bs_tin` */
  | 'BS_TIN'
  /** `bw_vat` */
  | 'BW_VAT'
  /** `by_tin` */
  | 'BY_TIN'
  /** `ca_bn` */
  | 'CA_BN'
  /** `ca_gst_hst` */
  | 'CA_GST_HST'
  /** `ca_pst_bc` */
  | 'CA_PST_BC'
  /** `ca_pst_mb` */
  | 'CA_PST_MB'
  /** `ca_pst_sk` */
  | 'CA_PST_SK'
  /** `ca_qst` */
  | 'CA_QST'
  /** `cd_nif` */
  | 'CD_NIF'
  /** `ch_uid` */
  | 'CH_UID'
  /** `ch_vat` */
  | 'CH_VAT'
  /** `ci_vat` */
  | 'CI_VAT'
  /** `cl_tin` */
  | 'CL_TIN'
  /** `cm_niu` */
  | 'CM_NIU'
  /** `cn_tin` */
  | 'CN_TIN'
  /** `co_nit` */
  | 'CO_NIT'
  /** `cr_tin` */
  | 'CR_TIN'
  /** `cv_nif` */
  | 'CV_NIF'
  /** `cz_dic` */
  | 'CZ_DIC'
  /** `de_stn` */
  | 'DE_STN'
  /** `do_rcn` */
  | 'DO_RCN'
  /** `ec_ruc` */
  | 'EC_RUC'
  /** `eg_tin` */
  | 'EG_TIN'
  /** `es_cif` */
  | 'ES_CIF'
  /** `et_tin` */
  | 'ET_TIN'
  /** `eu_oss_vat` */
  | 'EU_OSS_VAT'
  /** `eu_vat` */
  | 'EU_VAT'
  /** `fo_vat` */
  | 'FO_VAT'
  /** `fr_siren` */
  | 'FR_SIREN'
  /** `fr_siret` */
  | 'FR_SIRET'
  /** `fr_spi` */
  | 'FR_SPI'
  /** `gb_vat` */
  | 'GB_VAT'
  /** `ge_vat` */
  | 'GE_VAT'
  /** `gh_tin` */
  | 'GH_TIN'
  /** `gi_tin` */
  | 'GI_TIN'
  /** `gn_nif` */
  | 'GN_NIF'
  /** `hk_br` */
  | 'HK_BR'
  /** `hr_oib` */
  | 'HR_OIB'
  /** `hu_tin` */
  | 'HU_TIN'
  /** `ic_nif` */
  | 'IC_NIF'
  /** `id_npwp` */
  | 'ID_NPWP'
  /** `il_vat` */
  | 'IL_VAT'
  /** `in_gst` */
  | 'IN_GST'
  /** `is_kt` */
  | 'IS_KT'
  /** `is_vat` */
  | 'IS_VAT'
  /** `it_cf` */
  | 'IT_CF'
  /** `jp_cn` */
  | 'JP_CN'
  /** `jp_rn` */
  | 'JP_RN'
  /** `jp_trn` */
  | 'JP_TRN'
  /** `ke_pin` */
  | 'KE_PIN'
  /** `kg_tin` */
  | 'KG_TIN'
  /** `kh_tin` */
  | 'KH_TIN'
  /** `kr_brn` */
  | 'KR_BRN'
  /** `kz_bin` */
  | 'KZ_BIN'
  /** `la_tin` */
  | 'LA_TIN'
  /** `li_uid` */
  | 'LI_UID'
  /** `li_vat` */
  | 'LI_VAT'
  /** `lk_vat` */
  | 'LK_VAT'
  /** `ma_vat` */
  | 'MA_VAT'
  /** `md_cf` */
  | 'MD_CF'
  /** `md_vat` */
  | 'MD_VAT'
  /** `me_pib` */
  | 'ME_PIB'
  /** `mk_vat` */
  | 'MK_VAT'
  /** `mr_nif` */
  | 'MR_NIF'
  /** `mu_vat` */
  | 'MU_VAT'
  /** `mx_rfc` */
  | 'MX_RFC'
  /** `my_frp` */
  | 'MY_FRP'
  /** `my_itn` */
  | 'MY_ITN'
  /** `my_sst` */
  | 'MY_SST'
  /** `mz_nuit` */
  | 'MZ_NUIT'
  /** `ng_tin` */
  | 'NG_TIN'
  /** `no_vat` */
  | 'NO_VAT'
  /** `no_voec` */
  | 'NO_VOEC'
  /** `np_pan` */
  | 'NP_PAN'
  /** `nz_bn` */
  | 'NZ_BN'
  /** `nz_gst` */
  | 'NZ_GST'
  /** `om_vat` */
  | 'OM_VAT'
  /** `pe_ruc` */
  | 'PE_RUC'
  /** `ph_tin` */
  | 'PH_TIN'
  /** `pl_nip` */
  | 'PL_NIP'
  /** `pt_nif` */
  | 'PT_NIF'
  /** `py_ruc` */
  | 'PY_RUC'
  /** `ro_tin` */
  | 'RO_TIN'
  /** `rs_pib` */
  | 'RS_PIB'
  /** `ru_inn` */
  | 'RU_INN'
  /** `ru_kpp` */
  | 'RU_KPP'
  /** `sa_vat` */
  | 'SA_VAT'
  /** `sg_gst` */
  | 'SG_GST'
  /** `sg_uen` */
  | 'SG_UEN'
  /** `si_tin` */
  | 'SI_TIN'
  /** `sm_coe` */
  | 'SM_COE'
  /** `sn_ninea` */
  | 'SN_NINEA'
  /** `sr_fin` */
  | 'SR_FIN'
  /** `sv_nit` */
  | 'SV_NIT'
  /** `th_vat` */
  | 'TH_VAT'
  /** `tj_tin` */
  | 'TJ_TIN'
  /** `tr_tin` */
  | 'TR_TIN'
  /** `tt_bir` */
  | 'TT_BIR'
  /** `tt_vat` */
  | 'TT_VAT'
  /** `tw_vat` */
  | 'TW_VAT'
  /** `tz_vat` */
  | 'TZ_VAT'
  /** `ua_vat` */
  | 'UA_VAT'
  /** `ug_tin` */
  | 'UG_TIN'
  /** `us_ein` */
  | 'US_EIN'
  /** `uy_ruc` */
  | 'UY_RUC'
  /** `uz_tin` */
  | 'UZ_TIN'
  /** `uz_vat` */
  | 'UZ_VAT'
  /** `ve_rif` */
  | 'VE_RIF'
  /** `vn_tin` */
  | 'VN_TIN'
  /** `za_vat` */
  | 'ZA_VAT'
  /** `zm_tin` */
  | 'ZM_TIN'
  /** `zw_tin` */
  | 'ZW_TIN';

/** The input of `createTaxCalculation`: the parameters of Stripe's `POST /v1/tax/calculations`. */
export type CreateTaxCalculationInput = {
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** The ID of an existing customer to use for this calculation. If provided, the customer's address and tax IDs are copied to `customer_details`. */
  customer?: string | number | null | undefined;
  /** Details about the customer, including address and tax IDs. */
  customerDetails?: CreateTaxCalculationCustomerDetailsInput | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** A list of items the customer is purchasing. You can pass up to 100 line items, or 1,000 if your account has an increased limit. */
  lineItems: Array<CreateTaxCalculationLineItemsInput>;
  /** Details about the address from which the goods are being shipped. */
  shipFromDetails?: CreateTaxCalculationShipFromDetailsInput | null | undefined;
  /** Shipping cost details to be used for the calculation. */
  shippingCost?: CreateTaxCalculationShippingCostInput | null | undefined;
  /** The calculation uses the tax rules and rates that are in effect at this timestamp. You can use a date up to 31 days in the past or up to 31 days in the future. If you use a future date, Stripe doesn't guarantee that the expected tax rules and rate being used match the actual rules and rate that will be in effect on that date. We deploy tax changes before their effective date, but not within a fixed window. */
  taxDate?: string | null | undefined;
};

/** A list of items the customer is purchasing. You can pass up to 100 line items, or 1,000 if your account has an increased limit. */
export type CreateTaxCalculationLineItemsInput = {
  /**
   * A positive integer representing the line item's total price in the [smallest currency unit](https://docs.stripe.com/currencies#minor-units).
   * If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes are calculated on top of this amount.
   */
  amount: number;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: Record<string, unknown> | null | undefined;
  /** A tax location ID. Depending on the [tax code](https://docs.stripe.com/tax/tax-for-tickets/reference/tax-location-performance), this is required, optional, or not supported. */
  performanceLocation?: string | null | undefined;
  /** If provided, the product's `tax_code` will be used as the line item's `tax_code`. */
  product?: string | number | null | undefined;
  /** The number of units of the item being purchased. Used to calculate the per-unit price from the total `amount` for the line. For example, if `amount=100` and `quantity=4`, the calculated unit price is 25. */
  quantity?: number | null | undefined;
  /** A custom identifier for this line item, which must be unique across the line items in the calculation. The reference helps identify each line item in exported [tax reports](https://docs.stripe.com/tax/reports). */
  reference?: string | null | undefined;
  /** Specifies whether the `amount` includes taxes. Defaults to `exclusive`. */
  taxBehavior?: TaxCalculationShippingCostTaxBehavior | null | undefined;
  /** A [tax code](https://docs.stripe.com/tax/tax-categories) ID to use for this line item. If not provided, we will use the tax code from the provided `product` param. If neither `tax_code` nor `product` is provided, we will use the default tax code from your Tax Settings. */
  taxCode?: string | null | undefined;
};

/** The address from which the goods are being shipped from. */
export type CreateTaxCalculationShipFromDetailsAddressInput = {
  /** City, district, suburb, town, or village. */
  city?: string | null | undefined;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country: string;
  /** Address line 1, such as the street, PO Box, or company name. */
  line1?: string | null | undefined;
  /** Address line 2, such as the apartment, suite, unit, or building. */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode?: string | null | undefined;
  /** State/province as an [ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2) subdivision code, without country prefix, such as "NY" or "TX". */
  state?: string | null | undefined;
};

/** Details about the address from which the goods are being shipped. */
export type CreateTaxCalculationShipFromDetailsInput = {
  /** The address from which the goods are being shipped from. */
  address: CreateTaxCalculationShipFromDetailsAddressInput;
};

/** Shipping cost details to be used for the calculation. */
export type CreateTaxCalculationShippingCostInput = {
  /** A positive integer in the [smallest currency unit](https://docs.stripe.com/currencies#minor-units) representing the shipping charge. If `tax_behavior=inclusive`, then this amount includes taxes. Otherwise, taxes are calculated on top of this amount. */
  amount?: number | null | undefined;
  /** If provided, the [shipping rate](https://docs.stripe.com/api/shipping_rates/object)'s `amount`, `tax_code` and `tax_behavior` are used. If you provide a shipping rate, then you cannot pass the `amount`, `tax_code`, or `tax_behavior` parameters. */
  shippingRate?: string | null | undefined;
  /** Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes. Defaults to `exclusive`. */
  taxBehavior?: TaxCalculationShippingCostTaxBehavior | null | undefined;
  /** The [tax code](https://docs.stripe.com/tax/tax-categories) used to calculate tax on shipping. If not provided, the default shipping tax code from your [Tax Settings](https://dashboard.stripe.com/settings/tax) is used. */
  taxCode?: string | null | undefined;
};

/** Options for the registration in AE. */
export type CreateTaxRegistrationCountryOptionsAeInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsAeStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsAeStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in AL. */
export type CreateTaxRegistrationCountryOptionsAlInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsAlStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsAlStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in AM. */
export type CreateTaxRegistrationCountryOptionsAmInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in AO. */
export type CreateTaxRegistrationCountryOptionsAoInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsAoStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsAoStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in AT. */
export type CreateTaxRegistrationCountryOptionsAtInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsAtStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsAtStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in AU. */
export type CreateTaxRegistrationCountryOptionsAuInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsAuStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsAuStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in AW. */
export type CreateTaxRegistrationCountryOptionsAwInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsAwStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsAwStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in AZ. */
export type CreateTaxRegistrationCountryOptionsAzInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in BA. */
export type CreateTaxRegistrationCountryOptionsBaInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBaStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBaStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in BB. */
export type CreateTaxRegistrationCountryOptionsBbInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBbStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBbStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in BD. */
export type CreateTaxRegistrationCountryOptionsBdInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBdStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBdStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in BE. */
export type CreateTaxRegistrationCountryOptionsBeInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBeStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBeStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in BF. */
export type CreateTaxRegistrationCountryOptionsBfInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBfStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBfStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in BG. */
export type CreateTaxRegistrationCountryOptionsBgInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBgStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBgStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in BH. */
export type CreateTaxRegistrationCountryOptionsBhInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBhStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBhStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in BJ. */
export type CreateTaxRegistrationCountryOptionsBjInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in BS. */
export type CreateTaxRegistrationCountryOptionsBsInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsBsStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsBsStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in BW. */
export type CreateTaxRegistrationCountryOptionsBwInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in BY. */
export type CreateTaxRegistrationCountryOptionsByInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in CA. */
export type CreateTaxRegistrationCountryOptionsCaInput = {
  /** Options for the provincial tax registration. */
  provinceStandard?: CreateTaxRegistrationCountryOptionsCaProvinceStandardInput | null | undefined;
  /** Type of registration to be created in Canada. */
  type: TaxRegistrationCountryOptionsCaType;
};

/** Options for the provincial tax registration. */
export type CreateTaxRegistrationCountryOptionsCaProvinceStandardInput = {
  /** Two-letter CA province code ([ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2)). */
  province: string;
};

/** Options for the registration in CD. */
export type CreateTaxRegistrationCountryOptionsCdInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsCdStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsCdStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in CH. */
export type CreateTaxRegistrationCountryOptionsChInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsChStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsChStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in CI. */
export type CreateTaxRegistrationCountryOptionsCiInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in CL. */
export type CreateTaxRegistrationCountryOptionsClInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in CM. */
export type CreateTaxRegistrationCountryOptionsCmInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in CO. */
export type CreateTaxRegistrationCountryOptionsCoInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in CR. */
export type CreateTaxRegistrationCountryOptionsCrInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in CV. */
export type CreateTaxRegistrationCountryOptionsCvInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in CY. */
export type CreateTaxRegistrationCountryOptionsCyInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsCyStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsCyStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in CZ. */
export type CreateTaxRegistrationCountryOptionsCzInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsCzStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsCzStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in DE. */
export type CreateTaxRegistrationCountryOptionsDeInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsDeStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsDeStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in DK. */
export type CreateTaxRegistrationCountryOptionsDkInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsDkStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsDkStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in EC. */
export type CreateTaxRegistrationCountryOptionsEcInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in EE. */
export type CreateTaxRegistrationCountryOptionsEeInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsEeStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsEeStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in EG. */
export type CreateTaxRegistrationCountryOptionsEgInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in ES. */
export type CreateTaxRegistrationCountryOptionsEsInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsEsStandardInput | null | undefined;
  /** Type of registration to be created in ES. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsEsStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in ET. */
export type CreateTaxRegistrationCountryOptionsEtInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsEtStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsEtStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in FI. */
export type CreateTaxRegistrationCountryOptionsFiInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsFiStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsFiStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in FR. */
export type CreateTaxRegistrationCountryOptionsFrInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsFrStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsFrStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in GB. */
export type CreateTaxRegistrationCountryOptionsGbInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsGbStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsGbStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in GE. */
export type CreateTaxRegistrationCountryOptionsGeInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in GH. */
export type CreateTaxRegistrationCountryOptionsGhInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in GN. */
export type CreateTaxRegistrationCountryOptionsGnInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsGnStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsGnStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in GR. */
export type CreateTaxRegistrationCountryOptionsGrInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsGrStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsGrStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in HR. */
export type CreateTaxRegistrationCountryOptionsHrInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsHrStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsHrStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in HU. */
export type CreateTaxRegistrationCountryOptionsHuInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsHuStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsHuStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in ID. */
export type CreateTaxRegistrationCountryOptionsIdInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in IE. */
export type CreateTaxRegistrationCountryOptionsIeInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsIeStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsIeStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in IN. */
export type CreateTaxRegistrationCountryOptionsInInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Specific options for a registration in the specified `country`. */
export type CreateTaxRegistrationCountryOptionsInput = {
  /** Options for the registration in AE. */
  ae?: CreateTaxRegistrationCountryOptionsAeInput | null | undefined;
  /** Options for the registration in AL. */
  al?: CreateTaxRegistrationCountryOptionsAlInput | null | undefined;
  /** Options for the registration in AM. */
  am?: CreateTaxRegistrationCountryOptionsAmInput | null | undefined;
  /** Options for the registration in AO. */
  ao?: CreateTaxRegistrationCountryOptionsAoInput | null | undefined;
  /** Options for the registration in AT. */
  at?: CreateTaxRegistrationCountryOptionsAtInput | null | undefined;
  /** Options for the registration in AU. */
  au?: CreateTaxRegistrationCountryOptionsAuInput | null | undefined;
  /** Options for the registration in AW. */
  aw?: CreateTaxRegistrationCountryOptionsAwInput | null | undefined;
  /** Options for the registration in AZ. */
  az?: CreateTaxRegistrationCountryOptionsAzInput | null | undefined;
  /** Options for the registration in BA. */
  ba?: CreateTaxRegistrationCountryOptionsBaInput | null | undefined;
  /** Options for the registration in BB. */
  bb?: CreateTaxRegistrationCountryOptionsBbInput | null | undefined;
  /** Options for the registration in BD. */
  bd?: CreateTaxRegistrationCountryOptionsBdInput | null | undefined;
  /** Options for the registration in BE. */
  be?: CreateTaxRegistrationCountryOptionsBeInput | null | undefined;
  /** Options for the registration in BF. */
  bf?: CreateTaxRegistrationCountryOptionsBfInput | null | undefined;
  /** Options for the registration in BG. */
  bg?: CreateTaxRegistrationCountryOptionsBgInput | null | undefined;
  /** Options for the registration in BH. */
  bh?: CreateTaxRegistrationCountryOptionsBhInput | null | undefined;
  /** Options for the registration in BJ. */
  bj?: CreateTaxRegistrationCountryOptionsBjInput | null | undefined;
  /** Options for the registration in BS. */
  bs?: CreateTaxRegistrationCountryOptionsBsInput | null | undefined;
  /** Options for the registration in BW. */
  bw?: CreateTaxRegistrationCountryOptionsBwInput | null | undefined;
  /** Options for the registration in BY. */
  by?: CreateTaxRegistrationCountryOptionsByInput | null | undefined;
  /** Options for the registration in CA. */
  ca?: CreateTaxRegistrationCountryOptionsCaInput | null | undefined;
  /** Options for the registration in CD. */
  cd?: CreateTaxRegistrationCountryOptionsCdInput | null | undefined;
  /** Options for the registration in CH. */
  ch?: CreateTaxRegistrationCountryOptionsChInput | null | undefined;
  /** Options for the registration in CI. */
  ci?: CreateTaxRegistrationCountryOptionsCiInput | null | undefined;
  /** Options for the registration in CL. */
  cl?: CreateTaxRegistrationCountryOptionsClInput | null | undefined;
  /** Options for the registration in CM. */
  cm?: CreateTaxRegistrationCountryOptionsCmInput | null | undefined;
  /** Options for the registration in CO. */
  co?: CreateTaxRegistrationCountryOptionsCoInput | null | undefined;
  /** Options for the registration in CR. */
  cr?: CreateTaxRegistrationCountryOptionsCrInput | null | undefined;
  /** Options for the registration in CV. */
  cv?: CreateTaxRegistrationCountryOptionsCvInput | null | undefined;
  /** Options for the registration in CY. */
  cy?: CreateTaxRegistrationCountryOptionsCyInput | null | undefined;
  /** Options for the registration in CZ. */
  cz?: CreateTaxRegistrationCountryOptionsCzInput | null | undefined;
  /** Options for the registration in DE. */
  de?: CreateTaxRegistrationCountryOptionsDeInput | null | undefined;
  /** Options for the registration in DK. */
  dk?: CreateTaxRegistrationCountryOptionsDkInput | null | undefined;
  /** Options for the registration in EC. */
  ec?: CreateTaxRegistrationCountryOptionsEcInput | null | undefined;
  /** Options for the registration in EE. */
  ee?: CreateTaxRegistrationCountryOptionsEeInput | null | undefined;
  /** Options for the registration in EG. */
  eg?: CreateTaxRegistrationCountryOptionsEgInput | null | undefined;
  /** Options for the registration in ES. */
  es?: CreateTaxRegistrationCountryOptionsEsInput | null | undefined;
  /** Options for the registration in ET. */
  et?: CreateTaxRegistrationCountryOptionsEtInput | null | undefined;
  /** Options for the registration in FI. */
  fi?: CreateTaxRegistrationCountryOptionsFiInput | null | undefined;
  /** Options for the registration in FR. */
  fr?: CreateTaxRegistrationCountryOptionsFrInput | null | undefined;
  /** Options for the registration in GB. */
  gb?: CreateTaxRegistrationCountryOptionsGbInput | null | undefined;
  /** Options for the registration in GE. */
  ge?: CreateTaxRegistrationCountryOptionsGeInput | null | undefined;
  /** Options for the registration in GH. */
  gh?: CreateTaxRegistrationCountryOptionsGhInput | null | undefined;
  /** Options for the registration in GN. */
  gn?: CreateTaxRegistrationCountryOptionsGnInput | null | undefined;
  /** Options for the registration in GR. */
  gr?: CreateTaxRegistrationCountryOptionsGrInput | null | undefined;
  /** Options for the registration in HR. */
  hr?: CreateTaxRegistrationCountryOptionsHrInput | null | undefined;
  /** Options for the registration in HU. */
  hu?: CreateTaxRegistrationCountryOptionsHuInput | null | undefined;
  /** Options for the registration in ID. */
  id?: CreateTaxRegistrationCountryOptionsIdInput | null | undefined;
  /** Options for the registration in IE. */
  ie?: CreateTaxRegistrationCountryOptionsIeInput | null | undefined;
  /** Options for the registration in IN. */
  in?: CreateTaxRegistrationCountryOptionsInInput | null | undefined;
  /** Options for the registration in IS. */
  is?: CreateTaxRegistrationCountryOptionsIsInput | null | undefined;
  /** Options for the registration in IT. */
  it?: CreateTaxRegistrationCountryOptionsItInput | null | undefined;
  /** Options for the registration in JP. */
  jp?: CreateTaxRegistrationCountryOptionsJpInput | null | undefined;
  /** Options for the registration in KE. */
  ke?: CreateTaxRegistrationCountryOptionsKeInput | null | undefined;
  /** Options for the registration in KG. */
  kg?: CreateTaxRegistrationCountryOptionsKgInput | null | undefined;
  /** Options for the registration in KH. */
  kh?: CreateTaxRegistrationCountryOptionsKhInput | null | undefined;
  /** Options for the registration in KR. */
  kr?: CreateTaxRegistrationCountryOptionsKrInput | null | undefined;
  /** Options for the registration in KZ. */
  kz?: CreateTaxRegistrationCountryOptionsKzInput | null | undefined;
  /** Options for the registration in LA. */
  la?: CreateTaxRegistrationCountryOptionsLaInput | null | undefined;
  /** Options for the registration in LK. */
  lk?: CreateTaxRegistrationCountryOptionsLkInput | null | undefined;
  /** Options for the registration in LT. */
  lt?: CreateTaxRegistrationCountryOptionsLtInput | null | undefined;
  /** Options for the registration in LU. */
  lu?: CreateTaxRegistrationCountryOptionsLuInput | null | undefined;
  /** Options for the registration in LV. */
  lv?: CreateTaxRegistrationCountryOptionsLvInput | null | undefined;
  /** Options for the registration in MA. */
  ma?: CreateTaxRegistrationCountryOptionsMaInput | null | undefined;
  /** Options for the registration in MD. */
  md?: CreateTaxRegistrationCountryOptionsMdInput | null | undefined;
  /** Options for the registration in ME. */
  me?: CreateTaxRegistrationCountryOptionsMeInput | null | undefined;
  /** Options for the registration in MK. */
  mk?: CreateTaxRegistrationCountryOptionsMkInput | null | undefined;
  /** Options for the registration in MR. */
  mr?: CreateTaxRegistrationCountryOptionsMrInput | null | undefined;
  /** Options for the registration in MT. */
  mt?: CreateTaxRegistrationCountryOptionsMtInput | null | undefined;
  /** Options for the registration in MU. */
  mu?: CreateTaxRegistrationCountryOptionsMuInput | null | undefined;
  /** Options for the registration in MX. */
  mx?: CreateTaxRegistrationCountryOptionsMxInput | null | undefined;
  /** Options for the registration in MY. */
  my?: CreateTaxRegistrationCountryOptionsMyInput | null | undefined;
  /** Options for the registration in NG. */
  ng?: CreateTaxRegistrationCountryOptionsNgInput | null | undefined;
  /** Options for the registration in NL. */
  nl?: CreateTaxRegistrationCountryOptionsNlInput | null | undefined;
  /** Options for the registration in NO. */
  no?: CreateTaxRegistrationCountryOptionsNoInput | null | undefined;
  /** Options for the registration in NP. */
  np?: CreateTaxRegistrationCountryOptionsNpInput | null | undefined;
  /** Options for the registration in NZ. */
  nz?: CreateTaxRegistrationCountryOptionsNzInput | null | undefined;
  /** Options for the registration in OM. */
  om?: CreateTaxRegistrationCountryOptionsOmInput | null | undefined;
  /** Options for the registration in PE. */
  pe?: CreateTaxRegistrationCountryOptionsPeInput | null | undefined;
  /** Options for the registration in PH. */
  ph?: CreateTaxRegistrationCountryOptionsPhInput | null | undefined;
  /** Options for the registration in PL. */
  pl?: CreateTaxRegistrationCountryOptionsPlInput | null | undefined;
  /** Options for the registration in PT. */
  pt?: CreateTaxRegistrationCountryOptionsPtInput | null | undefined;
  /** Options for the registration in RO. */
  ro?: CreateTaxRegistrationCountryOptionsRoInput | null | undefined;
  /** Options for the registration in RS. */
  rs?: CreateTaxRegistrationCountryOptionsRsInput | null | undefined;
  /** Options for the registration in RU. */
  ru?: CreateTaxRegistrationCountryOptionsRuInput | null | undefined;
  /** Options for the registration in SA. */
  sa?: CreateTaxRegistrationCountryOptionsSaInput | null | undefined;
  /** Options for the registration in SE. */
  se?: CreateTaxRegistrationCountryOptionsSeInput | null | undefined;
  /** Options for the registration in SG. */
  sg?: CreateTaxRegistrationCountryOptionsSgInput | null | undefined;
  /** Options for the registration in SI. */
  si?: CreateTaxRegistrationCountryOptionsSiInput | null | undefined;
  /** Options for the registration in SK. */
  sk?: CreateTaxRegistrationCountryOptionsSkInput | null | undefined;
  /** Options for the registration in SN. */
  sn?: CreateTaxRegistrationCountryOptionsSnInput | null | undefined;
  /** Options for the registration in SR. */
  sr?: CreateTaxRegistrationCountryOptionsSrInput | null | undefined;
  /** Options for the registration in TH. */
  th?: CreateTaxRegistrationCountryOptionsThInput | null | undefined;
  /** Options for the registration in TJ. */
  tj?: CreateTaxRegistrationCountryOptionsTjInput | null | undefined;
  /** Options for the registration in TR. */
  tr?: CreateTaxRegistrationCountryOptionsTrInput | null | undefined;
  /** Options for the registration in TW. */
  tw?: CreateTaxRegistrationCountryOptionsTwInput | null | undefined;
  /** Options for the registration in TZ. */
  tz?: CreateTaxRegistrationCountryOptionsTzInput | null | undefined;
  /** Options for the registration in UA. */
  ua?: CreateTaxRegistrationCountryOptionsUaInput | null | undefined;
  /** Options for the registration in UG. */
  ug?: CreateTaxRegistrationCountryOptionsUgInput | null | undefined;
  /** Options for the registration in US. */
  us?: CreateTaxRegistrationCountryOptionsUsInput | null | undefined;
  /** Options for the registration in UY. */
  uy?: CreateTaxRegistrationCountryOptionsUyInput | null | undefined;
  /** Options for the registration in UZ. */
  uz?: CreateTaxRegistrationCountryOptionsUzInput | null | undefined;
  /** Options for the registration in VN. */
  vn?: CreateTaxRegistrationCountryOptionsVnInput | null | undefined;
  /** Options for the registration in ZA. */
  za?: CreateTaxRegistrationCountryOptionsZaInput | null | undefined;
  /** Options for the registration in ZM. */
  zm?: CreateTaxRegistrationCountryOptionsZmInput | null | undefined;
  /** Options for the registration in ZW. */
  zw?: CreateTaxRegistrationCountryOptionsZwInput | null | undefined;
};

/** Options for the registration in IS. */
export type CreateTaxRegistrationCountryOptionsIsInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsIsStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsIsStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in IT. */
export type CreateTaxRegistrationCountryOptionsItInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsItStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsItStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in JP. */
export type CreateTaxRegistrationCountryOptionsJpInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsJpStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsJpStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in KE. */
export type CreateTaxRegistrationCountryOptionsKeInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in KG. */
export type CreateTaxRegistrationCountryOptionsKgInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in KH. */
export type CreateTaxRegistrationCountryOptionsKhInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in KR. */
export type CreateTaxRegistrationCountryOptionsKrInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in KZ. */
export type CreateTaxRegistrationCountryOptionsKzInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in LA. */
export type CreateTaxRegistrationCountryOptionsLaInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in LK. */
export type CreateTaxRegistrationCountryOptionsLkInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in LT. */
export type CreateTaxRegistrationCountryOptionsLtInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsLtStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsLtStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in LU. */
export type CreateTaxRegistrationCountryOptionsLuInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsLuStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsLuStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in LV. */
export type CreateTaxRegistrationCountryOptionsLvInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsLvStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsLvStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in MA. */
export type CreateTaxRegistrationCountryOptionsMaInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in MD. */
export type CreateTaxRegistrationCountryOptionsMdInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in ME. */
export type CreateTaxRegistrationCountryOptionsMeInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsMeStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsMeStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in MK. */
export type CreateTaxRegistrationCountryOptionsMkInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsMkStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsMkStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in MR. */
export type CreateTaxRegistrationCountryOptionsMrInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsMrStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsMrStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in MT. */
export type CreateTaxRegistrationCountryOptionsMtInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsMtStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsMtStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in MU. */
export type CreateTaxRegistrationCountryOptionsMuInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in MX. */
export type CreateTaxRegistrationCountryOptionsMxInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in MY. */
export type CreateTaxRegistrationCountryOptionsMyInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in NG. */
export type CreateTaxRegistrationCountryOptionsNgInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in NL. */
export type CreateTaxRegistrationCountryOptionsNlInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsNlStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsNlStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in NO. */
export type CreateTaxRegistrationCountryOptionsNoInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsNoStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsNoStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in NP. */
export type CreateTaxRegistrationCountryOptionsNpInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in NZ. */
export type CreateTaxRegistrationCountryOptionsNzInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsNzStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsNzStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in OM. */
export type CreateTaxRegistrationCountryOptionsOmInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsOmStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsOmStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in PE. */
export type CreateTaxRegistrationCountryOptionsPeInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in PH. */
export type CreateTaxRegistrationCountryOptionsPhInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in PL. */
export type CreateTaxRegistrationCountryOptionsPlInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsPlStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsPlStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in PT. */
export type CreateTaxRegistrationCountryOptionsPtInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsPtStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsPtStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in RO. */
export type CreateTaxRegistrationCountryOptionsRoInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsRoStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsRoStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in RS. */
export type CreateTaxRegistrationCountryOptionsRsInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsRsStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsRsStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in RU. */
export type CreateTaxRegistrationCountryOptionsRuInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in SA. */
export type CreateTaxRegistrationCountryOptionsSaInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in SE. */
export type CreateTaxRegistrationCountryOptionsSeInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsSeStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsSeStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in SG. */
export type CreateTaxRegistrationCountryOptionsSgInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsSgStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsSgStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in SI. */
export type CreateTaxRegistrationCountryOptionsSiInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsSiStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsSiStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in SK. */
export type CreateTaxRegistrationCountryOptionsSkInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsSkStandardInput | null | undefined;
  /** Type of registration to be created in an EU country. */
  type: TaxRegistrationCountryOptionsAtType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsSkStandardInput = {
  /** Place of supply scheme used in an EU standard registration. */
  placeOfSupplyScheme: TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme;
};

/** Options for the registration in SN. */
export type CreateTaxRegistrationCountryOptionsSnInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in SR. */
export type CreateTaxRegistrationCountryOptionsSrInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsSrStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsSrStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in TH. */
export type CreateTaxRegistrationCountryOptionsThInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in TJ. */
export type CreateTaxRegistrationCountryOptionsTjInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in TR. */
export type CreateTaxRegistrationCountryOptionsTrInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in TW. */
export type CreateTaxRegistrationCountryOptionsTwInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in TZ. */
export type CreateTaxRegistrationCountryOptionsTzInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in UA. */
export type CreateTaxRegistrationCountryOptionsUaInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in UG. */
export type CreateTaxRegistrationCountryOptionsUgInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the admission tax registration. */
export type CreateTaxRegistrationCountryOptionsUsAdmissionsTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=admissions_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the attendance tax registration. */
export type CreateTaxRegistrationCountryOptionsUsAttendanceTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=attendance_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the entertainment tax registration. */
export type CreateTaxRegistrationCountryOptionsUsEntertainmentTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=entertainment_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the gross receipts tax registration. */
export type CreateTaxRegistrationCountryOptionsUsGrossReceiptsTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=gross_receipts_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the hospitality tax registration. */
export type CreateTaxRegistrationCountryOptionsUsHospitalityTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=hospitality_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the registration in US. */
export type CreateTaxRegistrationCountryOptionsUsInput = {
  /** Options for the admission tax registration. */
  admissionsTax?: CreateTaxRegistrationCountryOptionsUsAdmissionsTaxInput | null | undefined;
  /** Options for the attendance tax registration. */
  attendanceTax?: CreateTaxRegistrationCountryOptionsUsAttendanceTaxInput | null | undefined;
  /** Options for the entertainment tax registration. */
  entertainmentTax?: CreateTaxRegistrationCountryOptionsUsEntertainmentTaxInput | null | undefined;
  /** Options for the gross receipts tax registration. */
  grossReceiptsTax?: CreateTaxRegistrationCountryOptionsUsGrossReceiptsTaxInput | null | undefined;
  /** Options for the hospitality tax registration. */
  hospitalityTax?: CreateTaxRegistrationCountryOptionsUsHospitalityTaxInput | null | undefined;
  /** Options for the local amusement tax registration. */
  localAmusementTax?: CreateTaxRegistrationCountryOptionsUsLocalAmusementTaxInput | null | undefined;
  /** Options for the local lease tax registration. */
  localLeaseTax?: CreateTaxRegistrationCountryOptionsUsLocalLeaseTaxInput | null | undefined;
  /** Options for the luxury tax registration. */
  luxuryTax?: CreateTaxRegistrationCountryOptionsUsLuxuryTaxInput | null | undefined;
  /** Options for the mass transit parking tax registration. */
  massTransitParkingTax?: CreateTaxRegistrationCountryOptionsUsMassTransitParkingTaxInput | null | undefined;
  /** Options for the parking tax registration. */
  parkingTax?: CreateTaxRegistrationCountryOptionsUsParkingTaxInput | null | undefined;
  /** Options for the resort tax registration. */
  resortTax?: CreateTaxRegistrationCountryOptionsUsResortTaxInput | null | undefined;
  /** Two-letter US state code ([ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2)). */
  state: string;
  /** Options for the state sales tax registration. */
  stateSalesTax?: CreateTaxRegistrationCountryOptionsUsStateSalesTaxInput | null | undefined;
  /** Options for the tourism tax registration. */
  tourismTax?: CreateTaxRegistrationCountryOptionsUsTourismTaxInput | null | undefined;
  /** Type of registration to be created in the US. */
  type: TaxRegistrationCountryOptionsUsType;
  /** Options for the utility users tax registration. */
  utilityUsersTax?: CreateTaxRegistrationCountryOptionsUsUtilityUsersTaxInput | null | undefined;
};

/** Options for the local amusement tax registration. */
export type CreateTaxRegistrationCountryOptionsUsLocalAmusementTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=amusement_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the local lease tax registration. */
export type CreateTaxRegistrationCountryOptionsUsLocalLeaseTaxInput = {
  /** A [FIPS code](https://www.census.gov/library/reference/code-lists/ansi.html) representing the local jurisdiction. Supported FIPS codes are: `14000` (Chicago). */
  jurisdiction: string;
};

/** Options for the luxury tax registration. */
export type CreateTaxRegistrationCountryOptionsUsLuxuryTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=luxury_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the mass transit parking tax registration. */
export type CreateTaxRegistrationCountryOptionsUsMassTransitParkingTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=mass_transit_parking_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the parking tax registration. */
export type CreateTaxRegistrationCountryOptionsUsParkingTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=parking_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the resort tax registration. */
export type CreateTaxRegistrationCountryOptionsUsResortTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=resort_tax#registration-types). */
  jurisdiction: string;
};

/** Elections for the state sales tax registration. */
export type CreateTaxRegistrationCountryOptionsUsStateSalesTaxElectionsInput = {
  /** A [FIPS code](https://www.census.gov/library/reference/code-lists/ansi.html) representing the local jurisdiction. */
  jurisdiction?: string | null | undefined;
  /** The type of the election for the state sales tax registration. */
  type: TaxRegistrationCountryOptionsUsStateSalesTaxElectionType;
};

/** Options for the state sales tax registration. */
export type CreateTaxRegistrationCountryOptionsUsStateSalesTaxInput = {
  /** Elections for the state sales tax registration. */
  elections: Array<CreateTaxRegistrationCountryOptionsUsStateSalesTaxElectionsInput>;
};

/** Options for the tourism tax registration. */
export type CreateTaxRegistrationCountryOptionsUsTourismTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=tourism_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the utility users tax registration. */
export type CreateTaxRegistrationCountryOptionsUsUtilityUsersTaxInput = {
  /** A jurisdiction code representing the [local jurisdiction](https://docs.stripe.com/tax/registering?type=utility_users_tax#registration-types). */
  jurisdiction: string;
};

/** Options for the registration in UY. */
export type CreateTaxRegistrationCountryOptionsUyInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsUyStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsUyStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in UZ. */
export type CreateTaxRegistrationCountryOptionsUzInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in VN. */
export type CreateTaxRegistrationCountryOptionsVnInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in ZA. */
export type CreateTaxRegistrationCountryOptionsZaInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsZaStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsZaStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** Options for the registration in ZM. */
export type CreateTaxRegistrationCountryOptionsZmInput = {
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAmType;
};

/** Options for the registration in ZW. */
export type CreateTaxRegistrationCountryOptionsZwInput = {
  /** Options for the standard registration. */
  standard?: CreateTaxRegistrationCountryOptionsZwStandardInput | null | undefined;
  /** Type of registration to be created in `country`. */
  type: TaxRegistrationCountryOptionsAeType;
};

/** Options for the standard registration. */
export type CreateTaxRegistrationCountryOptionsZwStandardInput = {
  /** Place of supply scheme used in an standard registration. */
  placeOfSupplyScheme?: TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme | null | undefined;
};

/** The input of `createTaxRegistration`: the parameters of Stripe's `POST /v1/tax/registrations`. */
export type CreateTaxRegistrationInput = {
  /** Time at which the Tax Registration becomes active. It can be either `now` to indicate the current time, or a future timestamp measured in seconds since the Unix epoch. */
  activeFrom: string;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country: string;
  /** Specific options for a registration in the specified `country`. */
  countryOptions: CreateTaxRegistrationCountryOptionsInput;
  /** If set, the Tax Registration stops being active at this time. If not set, the Tax Registration will be active indefinitely. Timestamp measured in seconds since the Unix epoch. */
  expiresAt?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `createTestHelpersTestClock`: the parameters of Stripe's `POST /v1/test_helpers/test_clocks`. */
export type CreateTestHelpersTestClockInput = {
  /** Existing customer this test clock will be attached to. Once attached, customers can't be removed from a test clock. */
  customer?: string | number | null | undefined;
  /** The initial frozen time for this test clock. */
  frozenTime: string;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** The name for this test clock. */
  name?: string | null | undefined;
};

/** The input of `createTreasuryCreditReversal`: the parameters of Stripe's `POST /v1/treasury/credit_reversals`. */
export type CreateTreasuryCreditReversalInput = {
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The ReceivedCredit to reverse. */
  receivedCredit: string | number;
};

/** The input of `createTreasuryDebitReversal`: the parameters of Stripe's `POST /v1/treasury/debit_reversals`. */
export type CreateTreasuryDebitReversalInput = {
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The ReceivedDebit to reverse. */
  receivedDebit: string | number;
};

/** Encodes the FinancialAccount's ability to be used with the Issuing product, including attaching cards to and drawing funds from the FinancialAccount. */
export type CreateTreasuryFinancialAccountFeaturesCardIssuingInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Represents whether this FinancialAccount is eligible for deposit insurance. Various factors determine the insurance amount. */
export type CreateTreasuryFinancialAccountFeaturesDepositInsuranceInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Adds an ABA FinancialAddress to the FinancialAccount. */
export type CreateTreasuryFinancialAccountFeaturesFinancialAddressesAbaInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains Features that add FinancialAddresses to the FinancialAccount. */
export type CreateTreasuryFinancialAccountFeaturesFinancialAddressesInput = {
  /** Adds an ABA FinancialAddress to the FinancialAccount. */
  aba?: CreateTreasuryFinancialAccountFeaturesFinancialAddressesAbaInput | null | undefined;
};

/** Enables ACH Debits via the InboundTransfers API. */
export type CreateTreasuryFinancialAccountFeaturesInboundTransfersAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains settings related to adding funds to a FinancialAccount from another Account with the same owner. */
export type CreateTreasuryFinancialAccountFeaturesInboundTransfersInput = {
  /** Enables ACH Debits via the InboundTransfers API. */
  ach?: CreateTreasuryFinancialAccountFeaturesInboundTransfersAchInput | null | undefined;
};

/** Encodes whether a FinancialAccount has access to a particular feature. Stripe or the platform can control features via the requested field. */
export type CreateTreasuryFinancialAccountFeaturesInput = {
  /** Encodes the FinancialAccount's ability to be used with the Issuing product, including attaching cards to and drawing funds from the FinancialAccount. */
  cardIssuing?: CreateTreasuryFinancialAccountFeaturesCardIssuingInput | null | undefined;
  /** Represents whether this FinancialAccount is eligible for deposit insurance. Various factors determine the insurance amount. */
  depositInsurance?: CreateTreasuryFinancialAccountFeaturesDepositInsuranceInput | null | undefined;
  /** Contains Features that add FinancialAddresses to the FinancialAccount. */
  financialAddresses?: CreateTreasuryFinancialAccountFeaturesFinancialAddressesInput | null | undefined;
  /** Contains settings related to adding funds to a FinancialAccount from another Account with the same owner. */
  inboundTransfers?: CreateTreasuryFinancialAccountFeaturesInboundTransfersInput | null | undefined;
  /** Represents the ability for the FinancialAccount to send money to, or receive money from other FinancialAccounts (for example, via OutboundPayment). */
  intraStripeFlows?: CreateTreasuryFinancialAccountFeaturesIntraStripeFlowsInput | null | undefined;
  /** Includes Features related to initiating money movement out of the FinancialAccount to someone else's bucket of money. */
  outboundPayments?: CreateTreasuryFinancialAccountFeaturesOutboundPaymentsInput | null | undefined;
  /** Contains a Feature and settings related to moving money out of the FinancialAccount into another Account with the same owner. */
  outboundTransfers?: CreateTreasuryFinancialAccountFeaturesOutboundTransfersInput | null | undefined;
};

/** Represents the ability for the FinancialAccount to send money to, or receive money from other FinancialAccounts (for example, via OutboundPayment). */
export type CreateTreasuryFinancialAccountFeaturesIntraStripeFlowsInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Enables ACH transfers via the OutboundPayments API. */
export type CreateTreasuryFinancialAccountFeaturesOutboundPaymentsAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Includes Features related to initiating money movement out of the FinancialAccount to someone else's bucket of money. */
export type CreateTreasuryFinancialAccountFeaturesOutboundPaymentsInput = {
  /** Enables ACH transfers via the OutboundPayments API. */
  ach?: CreateTreasuryFinancialAccountFeaturesOutboundPaymentsAchInput | null | undefined;
  /** Enables US domestic wire transfers via the OutboundPayments API. */
  usDomesticWire?: CreateTreasuryFinancialAccountFeaturesOutboundPaymentsUsDomesticWireInput | null | undefined;
};

/** Enables US domestic wire transfers via the OutboundPayments API. */
export type CreateTreasuryFinancialAccountFeaturesOutboundPaymentsUsDomesticWireInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Enables ACH transfers via the OutboundTransfers API. */
export type CreateTreasuryFinancialAccountFeaturesOutboundTransfersAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains a Feature and settings related to moving money out of the FinancialAccount into another Account with the same owner. */
export type CreateTreasuryFinancialAccountFeaturesOutboundTransfersInput = {
  /** Enables ACH transfers via the OutboundTransfers API. */
  ach?: CreateTreasuryFinancialAccountFeaturesOutboundTransfersAchInput | null | undefined;
  /** Enables US domestic wire transfers via the OutboundTransfers API. */
  usDomesticWire?: CreateTreasuryFinancialAccountFeaturesOutboundTransfersUsDomesticWireInput | null | undefined;
};

/** Enables US domestic wire transfers via the OutboundTransfers API. */
export type CreateTreasuryFinancialAccountFeaturesOutboundTransfersUsDomesticWireInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** The input of `createTreasuryFinancialAccount`: the parameters of Stripe's `POST /v1/treasury/financial_accounts`. */
export type CreateTreasuryFinancialAccountInput = {
  /** Encodes whether a FinancialAccount has access to a particular feature. Stripe or the platform can control features via the requested field. */
  features?: CreateTreasuryFinancialAccountFeaturesInput | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The nickname for the FinancialAccount. */
  nickname?: string | null | undefined;
  /** The set of functionalities that the platform can restrict on the FinancialAccount. */
  platformRestrictions?: CreateTreasuryFinancialAccountPlatformRestrictionsInput | null | undefined;
  /** The currencies the FinancialAccount can hold a balance in. */
  supportedCurrencies: Array<string>;
};

/** The set of functionalities that the platform can restrict on the FinancialAccount. */
export type CreateTreasuryFinancialAccountPlatformRestrictionsInput = {
  /** Restricts all inbound money movement. */
  inboundFlows?: TreasuryFinancialAccountPlatformRestriction | null | undefined;
  /** Restricts all outbound money movement. */
  outboundFlows?: TreasuryFinancialAccountPlatformRestriction | null | undefined;
};

/** The input of `createTreasuryInboundTransfer`: the parameters of Stripe's `POST /v1/treasury/inbound_transfers`. */
export type CreateTreasuryInboundTransferInput = {
  /** Amount (in cents) to be transferred. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string | null | undefined;
  /** The FinancialAccount to send funds to. */
  financialAccount: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The origin payment method to be debited for the InboundTransfer. */
  originPaymentMethod: string | number;
  /** The complete description that appears on your customers' statements. Maximum 10 characters. Can only include -#.$&*, spaces, and alphanumeric characters. */
  statementDescriptor?: string | null | undefined;
};

/** Billing address. */
export type CreateTreasuryOutboundPaymentDestinationPaymentMethodDataBillingDetailsAddressInput = {
  /** City, district, suburb, town, village, or ward. */
  city?: string | null | undefined;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country?: string | null | undefined;
  /** Address line 1 (e.g., street, block, PO Box, or company name). */
  line1?: string | null | undefined;
  /** Address line 2 (e.g., apartment, suite, unit, or building). */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode?: string | null | undefined;
  /** State, county, province, prefecture, or region. */
  state?: string | null | undefined;
};

/** Billing information associated with the PaymentMethod that may be used or required by particular types of payment methods. */
export type CreateTreasuryOutboundPaymentDestinationPaymentMethodDataBillingDetailsInput = {
  /** Billing address. */
  address?: CreateTreasuryOutboundPaymentDestinationPaymentMethodDataBillingDetailsAddressInput | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Full name. */
  name?: string | null | undefined;
  /** Billing phone number (including extension). */
  phone?: string | null | undefined;
};

/** Hash used to generate the PaymentMethod to be used for this OutboundPayment. Exclusive with `destination_payment_method`. */
export type CreateTreasuryOutboundPaymentDestinationPaymentMethodDataInput = {
  /** Billing information associated with the PaymentMethod that may be used or required by particular types of payment methods. */
  billingDetails?: CreateTreasuryOutboundPaymentDestinationPaymentMethodDataBillingDetailsInput | null | undefined;
  /** Required if type is set to `financial_account`. The FinancialAccount ID to send funds to. */
  financialAccount?: string | number | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type. */
  type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType;
  /** Required hash if type is set to `us_bank_account`. */
  usBankAccount?: CreateTreasuryOutboundPaymentDestinationPaymentMethodDataUsBankAccountInput | null | undefined;
};

/** Required hash if type is set to `us_bank_account`. */
export type CreateTreasuryOutboundPaymentDestinationPaymentMethodDataUsBankAccountInput = {
  /** Account holder type: individual or company. */
  accountHolderType?: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountAccountHolderType | null | undefined;
  /** Account number of the bank account. */
  accountNumber?: string | null | undefined;
  /** Account type: checkings or savings. Defaults to checking if omitted. */
  accountType?: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountAccountType | null | undefined;
  /** The ID of a Financial Connections Account to use as a payment method. */
  financialConnectionsAccount?: string | null | undefined;
  /** Routing number of the bank account. */
  routingNumber?: string | null | undefined;
};

/** Payment method-specific configuration for this OutboundPayment. */
export type CreateTreasuryOutboundPaymentDestinationPaymentMethodOptionsInput = {
  /** Optional fields for `us_bank_account`. */
  usBankAccount?: CreateTreasuryOutboundPaymentDestinationPaymentMethodOptionsUsBankAccountInput | null | undefined;
};

/** Optional fields for `us_bank_account`. */
export type CreateTreasuryOutboundPaymentDestinationPaymentMethodOptionsUsBankAccountInput = {
  /** Specifies the network rails to be used. If not set, will default to the PaymentMethod's preferred network. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
  network?: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork | null | undefined;
};

/** End user details. */
export type CreateTreasuryOutboundPaymentEndUserDetailsInput = {
  /** IP address of the user initiating the OutboundPayment. Must be supplied if `present` is set to `true`. */
  ipAddress?: string | null | undefined;
  /** `True` if the OutboundPayment creation request is being made on behalf of an end user by a platform. Otherwise, `false`. */
  present: boolean;
};

/** The input of `createTreasuryOutboundPayment`: the parameters of Stripe's `POST /v1/treasury/outbound_payments`. */
export type CreateTreasuryOutboundPaymentInput = {
  /** Amount (in cents) to be transferred. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** ID of the customer to whom the OutboundPayment is sent. Must match the Customer attached to the `destination_payment_method` passed in. */
  customer?: string | number | null | undefined;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string | null | undefined;
  /** The PaymentMethod to use as the payment instrument for the OutboundPayment. Exclusive with `destination_payment_method_data`. */
  destinationPaymentMethod?: string | number | null | undefined;
  /** Hash used to generate the PaymentMethod to be used for this OutboundPayment. Exclusive with `destination_payment_method`. */
  destinationPaymentMethodData?: CreateTreasuryOutboundPaymentDestinationPaymentMethodDataInput | null | undefined;
  /** Payment method-specific configuration for this OutboundPayment. */
  destinationPaymentMethodOptions?: CreateTreasuryOutboundPaymentDestinationPaymentMethodOptionsInput | null | undefined;
  /** End user details. */
  endUserDetails?: CreateTreasuryOutboundPaymentEndUserDetailsInput | null | undefined;
  /** The FinancialAccount to pull funds from. */
  financialAccount: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The description that appears on the receiving end for this OutboundPayment (for example, bank statement for external bank transfer). Maximum 10 characters for `ach` payments, 140 characters for `us_domestic_wire` payments, or 500 characters for `stripe` network transfers. Can only include -#.$&*, spaces, and alphanumeric characters. The default value is "payment". */
  statementDescriptor?: string | null | undefined;
};

/** Hash used to generate the PaymentMethod to be used for this OutboundTransfer. Exclusive with `destination_payment_method`. */
export type CreateTreasuryOutboundTransferDestinationPaymentMethodDataInput = {
  /** Required if type is set to `financial_account`. The FinancialAccount ID to send funds to. */
  financialAccount?: string | number | null | undefined;
  /** The type of the destination. */
  type: CreateTreasuryOutboundTransferDestinationPaymentMethodDataType;
};

/** The type of the destination. */
export type CreateTreasuryOutboundTransferDestinationPaymentMethodDataType =
  /** `financial_account` */
  | 'FINANCIAL_ACCOUNT';

/** Hash describing payment method configuration details. */
export type CreateTreasuryOutboundTransferDestinationPaymentMethodOptionsInput = {
  /** Optional fields for `us_bank_account`. */
  usBankAccount?: CreateTreasuryOutboundTransferDestinationPaymentMethodOptionsUsBankAccountInput | null | undefined;
};

/** Optional fields for `us_bank_account`. */
export type CreateTreasuryOutboundTransferDestinationPaymentMethodOptionsUsBankAccountInput = {
  /** Specifies the network rails to be used. If not set, will default to the PaymentMethod's preferred network. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
  network?: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork | null | undefined;
};

/** The input of `createTreasuryOutboundTransfer`: the parameters of Stripe's `POST /v1/treasury/outbound_transfers`. */
export type CreateTreasuryOutboundTransferInput = {
  /** Amount (in cents) to be transferred. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string | null | undefined;
  /** The PaymentMethod to use as the payment instrument for the OutboundTransfer. */
  destinationPaymentMethod?: string | number | null | undefined;
  /** Hash used to generate the PaymentMethod to be used for this OutboundTransfer. Exclusive with `destination_payment_method`. */
  destinationPaymentMethodData?: CreateTreasuryOutboundTransferDestinationPaymentMethodDataInput | null | undefined;
  /** Hash describing payment method configuration details. */
  destinationPaymentMethodOptions?: CreateTreasuryOutboundTransferDestinationPaymentMethodOptionsInput | null | undefined;
  /** The FinancialAccount to pull funds from. */
  financialAccount: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Statement descriptor to be shown on the receiving end of an OutboundTransfer. Maximum 10 characters for `ach` transfers or 140 characters for `us_domestic_wire` transfers. The default value is "transfer". Can only include -#.$&*, spaces, and alphanumeric characters. */
  statementDescriptor?: string | null | undefined;
};

/** The input of `createWebhookEndpoint`: the parameters of Stripe's `POST /v1/webhook_endpoints`. */
export type CreateWebhookEndpointInput = {
  /** Events sent to this endpoint will be generated with this Stripe Version instead of your account's default Stripe Version. */
  apiVersion?: string | null | undefined;
  /** Whether this endpoint should receive events from connected accounts (`true`), or from your account (`false`). Defaults to `false`. */
  connect?: boolean | null | undefined;
  /** An optional description of what the webhook is used for. */
  description?: string | null | undefined;
  /** The list of events to enable for this endpoint. You may specify `['*']` to enable all events, except those that require explicit selection. */
  enabledEvents: Array<string>;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The URL of the webhook endpoint. */
  url: string;
};

/** Stripe's range filter on a timestamp: any of gt, gte, lt, lte. */
export type DateTimeRange = {
  /** Matches timestamps later than this time. */
  gt?: string | null | undefined;
  /** Matches timestamps at or later than this time. */
  gte?: string | null | undefined;
  /** Matches timestamps earlier than this time. */
  lt?: string | null | undefined;
  /** Matches timestamps at or earlier than this time. */
  lte?: string | null | undefined;
};

/** The input of `deleteProductFeature`: the parameters of Stripe's `DELETE /v1/products/{productId}/features/{id}` and the object it acts on. */
export type DeleteProductFeatureInput = {
  /** The ProductFeature to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `deleteTestHelpersTestClock`: the parameters of Stripe's `DELETE /v1/test_helpers/test_clocks/{id}` and the object it acts on. */
export type DeleteTestHelpersTestClockInput = {
  /** The TestHelpersTestClock to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `deleteWebhookEndpoint`: the parameters of Stripe's `DELETE /v1/webhook_endpoints/{id}` and the object it acts on. */
export type DeleteWebhookEndpointInput = {
  /** The WebhookEndpoint to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The status of the most recent automated tax calculation for this Order. */
export type OrderAutomaticTaxStatus =
  /** `complete` */
  | 'COMPLETE'
  /** `failed` */
  | 'FAILED'
  /** `requires_location_inputs` */
  | 'REQUIRES_LOCATION_INPUTS';

/** The status of the underlying payment associated with this order, if any. */
export type OrderPaymentStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `complete` */
  | 'COMPLETE'
  /** `not_required` */
  | 'NOT_REQUIRED'
  /** `processing` */
  | 'PROCESSING'
  /** `requires_action` */
  | 'REQUIRES_ACTION'
  /** `requires_capture` */
  | 'REQUIRES_CAPTURE'
  /** `requires_confirmation` */
  | 'REQUIRES_CONFIRMATION'
  /** `requires_payment_method` */
  | 'REQUIRES_PAYMENT_METHOD';

/** The overall status of the order. */
export type OrderStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `complete` */
  | 'COMPLETE'
  /** `open` */
  | 'OPEN'
  /** `processing` */
  | 'PROCESSING'
  /** `submitted` */
  | 'SUBMITTED';

/** Describes the purchaser's tax exemption status. */
export type OrderTaxDetailsTaxExempt =
  /** `exempt` */
  | 'EXEMPT'
  /** `none` */
  | 'NONE'
  /** `reverse` */
  | 'REVERSE';

/** The type of the PaymentMethod. An additional hash is included on the PaymentMethod with a name matching this value. It contains additional information specific to the PaymentMethod type. */
export type PaymentMethodType =
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** Account holder type: individual or company. */
export type PaymentMethodUsBankAccountAccountHolderType =
  /** `company` */
  | 'COMPANY'
  /** `individual` */
  | 'INDIVIDUAL';

/** Account type: checkings or savings. Defaults to checking if omitted. */
export type PaymentMethodUsBankAccountAccountType =
  /** `checking` */
  | 'CHECKING'
  /** `savings` */
  | 'SAVINGS';

/** Only required if a [default tax behavior](https://docs.stripe.com/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended)) was not provided in the Stripe Tax settings. Specifies whether the price is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. Once specified as either `inclusive` or `exclusive`, it cannot be changed. */
export type PriceTaxBehavior =
  /** `exclusive` */
  | 'EXCLUSIVE'
  /** `inclusive` */
  | 'INCLUSIVE'
  /** `unspecified` */
  | 'UNSPECIFIED';

/** The type of the product. The product is either of type `good`, which is eligible for use with Orders and SKUs, or `service`, which is eligible for use with Subscriptions and Plans. */
export type ProductType =
  /** `good` */
  | 'GOOD'
  /** `service` */
  | 'SERVICE';

/** The input of `reopenOrder`: the parameters of Stripe's `POST /v1/orders/{id}/reopen` and the object it acts on. */
export type ReopenOrderInput = {
  /** The Order to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

export type ResendEventInput = {
  /** The event. */
  id: string | number;
  idempotencyKey?: string | null | undefined;
  webhookEndpoint: string | number;
};

/** The input of `submitOrder`: the parameters of Stripe's `POST /v1/orders/{id}/submit` and the object it acts on. */
export type SubmitOrderInput = {
  /** Stripe's `expected_total` parameter. */
  expectedTotal: number;
  /** The Order to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The type of customer address provided. */
export type TaxCalculationCustomerDetailsAddressSource =
  /** `billing` */
  | 'BILLING'
  /** `shipping` */
  | 'SHIPPING';

/** The taxability override used for taxation. */
export type TaxCalculationCustomerDetailsTaxabilityOverride =
  /** `customer_exempt` */
  | 'CUSTOMER_EXEMPT'
  /** `none` */
  | 'NONE'
  /** `reverse_charge` */
  | 'REVERSE_CHARGE';

/** Specifies whether the `amount` includes taxes. If `tax_behavior=inclusive`, then the amount includes taxes. */
export type TaxCalculationShippingCostTaxBehavior =
  /** `exclusive` */
  | 'EXCLUSIVE'
  /** `inclusive` */
  | 'INCLUSIVE';

/** The tax type, such as `vat` or `sales_tax`. */
export type TaxCalculationShippingCostTaxBreakdownTaxRateDetailsTaxType =
  /** `admissions_tax` */
  | 'ADMISSIONS_TAX'
  /** `amusement_tax` */
  | 'AMUSEMENT_TAX'
  /** `attendance_tax` */
  | 'ATTENDANCE_TAX'
  /** `communications_tax` */
  | 'COMMUNICATIONS_TAX'
  /** `digital_excise_tax` */
  | 'DIGITAL_EXCISE_TAX'
  /** `entertainment_tax` */
  | 'ENTERTAINMENT_TAX'
  /** `get_fund` */
  | 'GET_FUND'
  /** `gross_receipts_tax` */
  | 'GROSS_RECEIPTS_TAX'
  /** `gst` */
  | 'GST'
  /** `hospitality_tax` */
  | 'HOSPITALITY_TAX'
  /** `hst` */
  | 'HST'
  /** `igst` */
  | 'IGST'
  /** `jct` */
  | 'JCT'
  /** `lease_tax` */
  | 'LEASE_TAX'
  /** `luxury_tax` */
  | 'LUXURY_TAX'
  /** `mass_transit_parking_tax` */
  | 'MASS_TRANSIT_PARKING_TAX'
  /** `nhil` */
  | 'NHIL'
  /** `parking_tax` */
  | 'PARKING_TAX'
  /** `pst` */
  | 'PST'
  /** `qst` */
  | 'QST'
  /** `recycling_fee` */
  | 'RECYCLING_FEE'
  /** `resort_tax` */
  | 'RESORT_TAX'
  /** `retail_delivery_fee` */
  | 'RETAIL_DELIVERY_FEE'
  /** `rst` */
  | 'RST'
  /** `sales_tax` */
  | 'SALES_TAX'
  /** `service_tax` */
  | 'SERVICE_TAX'
  /** `tourism_tax` */
  | 'TOURISM_TAX'
  /** `utility_users_tax` */
  | 'UTILITY_USERS_TAX'
  /** `vat` */
  | 'VAT';

/** The reasoning behind this tax, for example, if the product is tax exempt. The possible values for this field may be extended as new tax rules are supported. */
export type TaxCalculationShippingCostTaxBreakdownTaxabilityReason =
  /** `customer_exempt` */
  | 'CUSTOMER_EXEMPT'
  /** `not_collecting` */
  | 'NOT_COLLECTING'
  /** `not_subject_to_tax` */
  | 'NOT_SUBJECT_TO_TAX'
  /** `not_supported` */
  | 'NOT_SUPPORTED'
  /** `portion_product_exempt` */
  | 'PORTION_PRODUCT_EXEMPT'
  /** `portion_reduced_rated` */
  | 'PORTION_REDUCED_RATED'
  /** `portion_standard_rated` */
  | 'PORTION_STANDARD_RATED'
  /** `product_exempt` */
  | 'PRODUCT_EXEMPT'
  /** `product_exempt_holiday` */
  | 'PRODUCT_EXEMPT_HOLIDAY'
  /** `proportionally_rated` */
  | 'PROPORTIONALLY_RATED'
  /** `reduced_rated` */
  | 'REDUCED_RATED'
  /** `reverse_charge` */
  | 'REVERSE_CHARGE'
  /** `standard_rated` */
  | 'STANDARD_RATED'
  /** `taxable_basis_reduced` */
  | 'TAXABLE_BASIS_REDUCED'
  /** `zero_rated` */
  | 'ZERO_RATED';

/** Place of supply scheme used in an Default standard registration. */
export type TaxRegistrationCountryOptionsAeStandardPlaceOfSupplyScheme =
  /** `inbound_goods` */
  | 'INBOUND_GOODS'
  /** `standard` */
  | 'STANDARD';

/** Type of registration in `country`. */
export type TaxRegistrationCountryOptionsAeType =
  /** `standard` */
  | 'STANDARD';

/** Type of registration in `country`. */
export type TaxRegistrationCountryOptionsAmType =
  /** `simplified` */
  | 'SIMPLIFIED';

/** Place of supply scheme used in an EU standard registration. */
export type TaxRegistrationCountryOptionsAtStandardPlaceOfSupplyScheme =
  /** `inbound_goods` */
  | 'INBOUND_GOODS'
  /** `small_seller` */
  | 'SMALL_SELLER'
  /** `standard` */
  | 'STANDARD';

/** Type of registration in an EU country. */
export type TaxRegistrationCountryOptionsAtType =
  /** `ioss` */
  | 'IOSS'
  /** `oss_non_union` */
  | 'OSS_NON_UNION'
  /** `oss_union` */
  | 'OSS_UNION'
  /** `standard` */
  | 'STANDARD';

/** Type of registration in Canada. */
export type TaxRegistrationCountryOptionsCaType =
  /** `province_standard` */
  | 'PROVINCE_STANDARD'
  /** `simplified` */
  | 'SIMPLIFIED'
  /** `standard` */
  | 'STANDARD';

/** The type of the election for the state sales tax registration. */
export type TaxRegistrationCountryOptionsUsStateSalesTaxElectionType =
  /** `local_use_tax` */
  | 'LOCAL_USE_TAX'
  /** `simplified_sellers_use_tax` */
  | 'SIMPLIFIED_SELLERS_USE_TAX'
  /** `single_local_use_tax` */
  | 'SINGLE_LOCAL_USE_TAX';

/** Type of registration in the US. */
export type TaxRegistrationCountryOptionsUsType =
  /** `admissions_tax` */
  | 'ADMISSIONS_TAX'
  /** `attendance_tax` */
  | 'ATTENDANCE_TAX'
  /** `digital_excise_tax` */
  | 'DIGITAL_EXCISE_TAX'
  /** `entertainment_tax` */
  | 'ENTERTAINMENT_TAX'
  /** `gross_receipts_tax` */
  | 'GROSS_RECEIPTS_TAX'
  /** `hospitality_tax` */
  | 'HOSPITALITY_TAX'
  /** `local_amusement_tax` */
  | 'LOCAL_AMUSEMENT_TAX'
  /** `local_lease_tax` */
  | 'LOCAL_LEASE_TAX'
  /** `luxury_tax` */
  | 'LUXURY_TAX'
  /** `mass_transit_parking_tax` */
  | 'MASS_TRANSIT_PARKING_TAX'
  /** `parking_tax` */
  | 'PARKING_TAX'
  /** `resort_tax` */
  | 'RESORT_TAX'
  /** `state_communications_tax` */
  | 'STATE_COMMUNICATIONS_TAX'
  /** `state_retail_delivery_fee` */
  | 'STATE_RETAIL_DELIVERY_FEE'
  /** `state_sales_tax` */
  | 'STATE_SALES_TAX'
  /** `tourism_tax` */
  | 'TOURISM_TAX'
  /** `utility_users_tax` */
  | 'UTILITY_USERS_TAX';

/** The status of the Tax Registration. */
export type TaxRegistrationListStatus =
  /** `active` */
  | 'ACTIVE'
  /** `all` */
  | 'ALL'
  /** `expired` */
  | 'EXPIRED'
  /** `scheduled` */
  | 'SCHEDULED';

/** The status of the registration. This field is present for convenience and can be deduced from `active_from` and `expires_at`. */
export type TaxRegistrationStatus =
  /** `active` */
  | 'ACTIVE'
  /** `expired` */
  | 'EXPIRED'
  /** `scheduled` */
  | 'SCHEDULED';

/** The tax calculation provider this account uses. Defaults to `stripe` when not using a [third-party provider](https://docs.stripe.com/tax/third-party-apps). */
export type TaxSettingsDefaultsProvider =
  /** `anrok` */
  | 'ANROK'
  /** `avalara` */
  | 'AVALARA'
  /** `sphere` */
  | 'SPHERE'
  /** `stripe` */
  | 'STRIPE';

/** Default [tax behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#tax-behavior) used to specify whether the price is considered inclusive of taxes or exclusive of taxes. If the item's price has a tax behavior set, it will take precedence over the default tax behavior. */
export type TaxSettingsDefaultsTaxBehavior =
  /** `exclusive` */
  | 'EXCLUSIVE'
  /** `inclusive` */
  | 'INCLUSIVE'
  /** `inferred_by_currency` */
  | 'INFERRED_BY_CURRENCY';

/** Whether these settings have the information Stripe Tax needs to calculate tax. It doesn't reflect whether your integration is ready to collect tax. */
export type TaxSettingsStatus =
  /** `active` */
  | 'ACTIVE'
  /** `pending` */
  | 'PENDING';

/** If `reversal`, this transaction reverses an earlier transaction. */
export type TaxTransactionType =
  /** `reversal` */
  | 'REVERSAL'
  /** `transaction` */
  | 'TRANSACTION';

/** Initiating payment method details for the object. */
export type TestHelpersCreateTreasuryReceivedCreditInitiatingPaymentMethodDetailsInput = {
  /** The source type. */
  type: TestHelpersCreateTreasuryReceivedCreditInitiatingPaymentMethodDetailsType;
  /** Optional fields for `us_bank_account`. */
  usBankAccount?: TestHelpersCreateTreasuryReceivedCreditInitiatingPaymentMethodDetailsUsBankAccountInput | null | undefined;
};

/** The source type. */
export type TestHelpersCreateTreasuryReceivedCreditInitiatingPaymentMethodDetailsType =
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** Optional fields for `us_bank_account`. */
export type TestHelpersCreateTreasuryReceivedCreditInitiatingPaymentMethodDetailsUsBankAccountInput = {
  /** The bank account holder's name. */
  accountHolderName?: string | null | undefined;
  /** The bank account number. */
  accountNumber?: string | null | undefined;
  /** The bank account's routing number. */
  routingNumber?: string | null | undefined;
};

/** The input of `testHelpersCreateTreasuryReceivedCredit`: the parameters of Stripe's `POST /v1/test_helpers/treasury/received_credits`. */
export type TestHelpersCreateTreasuryReceivedCreditInput = {
  /** Amount (in cents) to be transferred. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string | null | undefined;
  /** The FinancialAccount to send funds to. */
  financialAccount: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Initiating payment method details for the object. */
  initiatingPaymentMethodDetails?: TestHelpersCreateTreasuryReceivedCreditInitiatingPaymentMethodDetailsInput | null | undefined;
  /** Specifies the network rails to be used. If not set, will default to the PaymentMethod's preferred network. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
  network: TestHelpersCreateTreasuryReceivedCreditNetwork;
};

/** Specifies the network rails to be used. If not set, will default to the PaymentMethod's preferred network. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
export type TestHelpersCreateTreasuryReceivedCreditNetwork =
  /** `ach` */
  | 'ACH'
  /** `rtp` */
  | 'RTP'
  /** `us_domestic_wire` */
  | 'US_DOMESTIC_WIRE';

/** Initiating payment method details for the object. */
export type TestHelpersCreateTreasuryReceivedDebitInitiatingPaymentMethodDetailsInput = {
  /** The source type. */
  type: TestHelpersCreateTreasuryReceivedDebitInitiatingPaymentMethodDetailsType;
  /** Optional fields for `us_bank_account`. */
  usBankAccount?: TestHelpersCreateTreasuryReceivedDebitInitiatingPaymentMethodDetailsUsBankAccountInput | null | undefined;
};

/** The source type. */
export type TestHelpersCreateTreasuryReceivedDebitInitiatingPaymentMethodDetailsType =
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** Optional fields for `us_bank_account`. */
export type TestHelpersCreateTreasuryReceivedDebitInitiatingPaymentMethodDetailsUsBankAccountInput = {
  /** The bank account holder's name. */
  accountHolderName?: string | null | undefined;
  /** The bank account number. */
  accountNumber?: string | null | undefined;
  /** The bank account's routing number. */
  routingNumber?: string | null | undefined;
};

/** The input of `testHelpersCreateTreasuryReceivedDebit`: the parameters of Stripe's `POST /v1/test_helpers/treasury/received_debits`. */
export type TestHelpersCreateTreasuryReceivedDebitInput = {
  /** Amount (in cents) to be transferred. */
  amount: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string | null | undefined;
  /** The FinancialAccount to pull funds from. */
  financialAccount: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Initiating payment method details for the object. */
  initiatingPaymentMethodDetails?: TestHelpersCreateTreasuryReceivedDebitInitiatingPaymentMethodDetailsInput | null | undefined;
  /** Specifies the network rails to be used. If not set, will default to the PaymentMethod's preferred network. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
  network: TestHelpersCreateTreasuryReceivedDebitNetwork;
};

/** Specifies the network rails to be used. If not set, will default to the PaymentMethod's preferred network. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
export type TestHelpersCreateTreasuryReceivedDebitNetwork =
  /** `ach` */
  | 'ACH';

/** Details about a failed InboundTransfer. */
export type TestHelpersFailTreasuryInboundTransferFailureDetailsInput = {
  /** Reason for the failure. */
  code?: TreasuryInboundTransferFailureCode | null | undefined;
};

/** The input of `testHelpersFailTreasuryInboundTransfer`: the parameters of Stripe's `POST /v1/test_helpers/treasury/inbound_transfers/{id}/fail` and the object it acts on. */
export type TestHelpersFailTreasuryInboundTransferInput = {
  /** Details about a failed InboundTransfer. */
  failureDetails?: TestHelpersFailTreasuryInboundTransferFailureDetailsInput | null | undefined;
  /** The TreasuryInboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `testHelpersFailTreasuryOutboundPayment`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_payments/{id}/fail` and the object it acts on. */
export type TestHelpersFailTreasuryOutboundPaymentInput = {
  /** The TreasuryOutboundPayment to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `testHelpersFailTreasuryOutboundTransfer`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_transfers/{id}/fail` and the object it acts on. */
export type TestHelpersFailTreasuryOutboundTransferInput = {
  /** The TreasuryOutboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `testHelpersPostTreasuryOutboundPayment`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_payments/{id}/post` and the object it acts on. */
export type TestHelpersPostTreasuryOutboundPaymentInput = {
  /** The TreasuryOutboundPayment to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `testHelpersPostTreasuryOutboundTransfer`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_transfers/{id}/post` and the object it acts on. */
export type TestHelpersPostTreasuryOutboundTransferInput = {
  /** The TreasuryOutboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `testHelpersReturnTreasuryInboundTransfer`: the parameters of Stripe's `POST /v1/test_helpers/treasury/inbound_transfers/{id}/return` and the object it acts on. */
export type TestHelpersReturnTreasuryInboundTransferInput = {
  /** The TreasuryInboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `testHelpersReturnTreasuryOutboundPayment`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_payments/{id}/return` and the object it acts on. */
export type TestHelpersReturnTreasuryOutboundPaymentInput = {
  /** The TreasuryOutboundPayment to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Optional hash to set the return code. */
  returnedDetails?: TestHelpersReturnTreasuryOutboundPaymentReturnedDetailsInput | null | undefined;
};

/** Optional hash to set the return code. */
export type TestHelpersReturnTreasuryOutboundPaymentReturnedDetailsInput = {
  /** The return code to be set on the OutboundPayment object. */
  code?: TreasuryOutboundPaymentReturnedDetailsCode | null | undefined;
};

/** The input of `testHelpersReturnTreasuryOutboundTransfer`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_transfers/{id}/return` and the object it acts on. */
export type TestHelpersReturnTreasuryOutboundTransferInput = {
  /** The TreasuryOutboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Details about a returned OutboundTransfer. */
  returnedDetails?: TestHelpersReturnTreasuryOutboundTransferReturnedDetailsInput | null | undefined;
};

/** Details about a returned OutboundTransfer. */
export type TestHelpersReturnTreasuryOutboundTransferReturnedDetailsInput = {
  /** Reason for the return. */
  code?: TreasuryOutboundTransferReturnedDetailsCode | null | undefined;
};

/** The input of `testHelpersSucceedTreasuryInboundTransfer`: the parameters of Stripe's `POST /v1/test_helpers/treasury/inbound_transfers/{id}/succeed` and the object it acts on. */
export type TestHelpersSucceedTreasuryInboundTransferInput = {
  /** The TreasuryInboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The status of the Test Clock. */
export type TestHelpersTestClockStatus =
  /** `advancing` */
  | 'ADVANCING'
  /** `internal_failure` */
  | 'INTERNAL_FAILURE'
  /** `ready` */
  | 'READY';

/** The input of `testHelpersUpdateTreasuryOutboundPayment`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_payments/{id}` and the object it acts on. */
export type TestHelpersUpdateTreasuryOutboundPaymentInput = {
  /** The TreasuryOutboundPayment to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Details about network-specific tracking information. */
  trackingDetails: TestHelpersUpdateTreasuryOutboundPaymentTrackingDetailsInput;
};

/** ACH network tracking details. */
export type TestHelpersUpdateTreasuryOutboundPaymentTrackingDetailsAchInput = {
  /** ACH trace ID for funds sent over the `ach` network. */
  traceId: string;
};

/** Details about network-specific tracking information. */
export type TestHelpersUpdateTreasuryOutboundPaymentTrackingDetailsInput = {
  /** ACH network tracking details. */
  ach?: TestHelpersUpdateTreasuryOutboundPaymentTrackingDetailsAchInput | null | undefined;
  /** The US bank account network used to send funds. */
  type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork;
  /** US domestic wire network tracking details. */
  usDomesticWire?: TestHelpersUpdateTreasuryOutboundPaymentTrackingDetailsUsDomesticWireInput | null | undefined;
};

/** US domestic wire network tracking details. */
export type TestHelpersUpdateTreasuryOutboundPaymentTrackingDetailsUsDomesticWireInput = {
  /** CHIPS System Sequence Number (SSN) for funds sent over the `us_domestic_wire` network. */
  chips?: string | null | undefined;
  /** IMAD for funds sent over the `us_domestic_wire` network. */
  imad?: string | null | undefined;
  /** OMAD for funds sent over the `us_domestic_wire` network. */
  omad?: string | null | undefined;
};

/** The input of `testHelpersUpdateTreasuryOutboundTransfer`: the parameters of Stripe's `POST /v1/test_helpers/treasury/outbound_transfers/{id}` and the object it acts on. */
export type TestHelpersUpdateTreasuryOutboundTransferInput = {
  /** The TreasuryOutboundTransfer to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Details about network-specific tracking information. */
  trackingDetails: TestHelpersUpdateTreasuryOutboundTransferTrackingDetailsInput;
};

/** ACH network tracking details. */
export type TestHelpersUpdateTreasuryOutboundTransferTrackingDetailsAchInput = {
  /** ACH trace ID for funds sent over the `ach` network. */
  traceId: string;
};

/** Details about network-specific tracking information. */
export type TestHelpersUpdateTreasuryOutboundTransferTrackingDetailsInput = {
  /** ACH network tracking details. */
  ach?: TestHelpersUpdateTreasuryOutboundTransferTrackingDetailsAchInput | null | undefined;
  /** The US bank account network used to send funds. */
  type: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork;
  /** US domestic wire network tracking details. */
  usDomesticWire?: TestHelpersUpdateTreasuryOutboundTransferTrackingDetailsUsDomesticWireInput | null | undefined;
};

/** US domestic wire network tracking details. */
export type TestHelpersUpdateTreasuryOutboundTransferTrackingDetailsUsDomesticWireInput = {
  /** CHIPS System Sequence Number (SSN) for funds sent over the `us_domestic_wire` network. */
  chips?: string | null | undefined;
  /** IMAD for funds sent over the `us_domestic_wire` network. */
  imad?: string | null | undefined;
  /** OMAD for funds sent over the `us_domestic_wire` network. */
  omad?: string | null | undefined;
};

/** The rails used to reverse the funds. */
export type TreasuryCreditReversalNetwork =
  /** `ach` */
  | 'ACH'
  /** `stripe` */
  | 'STRIPE';

/** Status of the CreditReversal */
export type TreasuryCreditReversalStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `posted` */
  | 'POSTED'
  /** `processing` */
  | 'PROCESSING';

/** Only return DebitReversals for a given resolution. */
export type TreasuryDebitReversalListResolution =
  /** `lost` */
  | 'LOST'
  /** `won` */
  | 'WON';

/** Only return DebitReversals for a given status. */
export type TreasuryDebitReversalListStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `completed` */
  | 'COMPLETED'
  /** `processing` */
  | 'PROCESSING';

/** The rails used to reverse the funds. */
export type TreasuryDebitReversalNetwork =
  /** `ach` */
  | 'ACH'
  /** `card` */
  | 'CARD';

/** Status of the DebitReversal */
export type TreasuryDebitReversalStatus =
  /** `failed` */
  | 'FAILED'
  /** `processing` */
  | 'PROCESSING'
  /** `succeeded` */
  | 'SUCCEEDED';

/** The array of paths to active Features in the Features hash. */
export type TreasuryFinancialAccountFeature =
  /** `card_issuing` */
  | 'CARD_ISSUING'
  /** `deposit_insurance` */
  | 'DEPOSIT_INSURANCE'
  /** `financial_addresses.aba` */
  | 'FINANCIAL_ADDRESSES_ABA'
  /** `financial_addresses.aba.forwarding` */
  | 'FINANCIAL_ADDRESSES_ABA_FORWARDING'
  /** `inbound_transfers.ach` */
  | 'INBOUND_TRANSFERS_ACH'
  /** `intra_stripe_flows` */
  | 'INTRA_STRIPE_FLOWS'
  /** `outbound_payments.ach` */
  | 'OUTBOUND_PAYMENTS_ACH'
  /** `outbound_payments.us_domestic_wire` */
  | 'OUTBOUND_PAYMENTS_US_DOMESTIC_WIRE'
  /** `outbound_transfers.ach` */
  | 'OUTBOUND_TRANSFERS_ACH'
  /** `outbound_transfers.us_domestic_wire` */
  | 'OUTBOUND_TRANSFERS_US_DOMESTIC_WIRE'
  /** `remote_deposit_capture` */
  | 'REMOTE_DEPOSIT_CAPTURE';

/** Whether the Feature is operational. */
export type TreasuryFinancialAccountFeaturesCardIssuingStatus =
  /** `active` */
  | 'ACTIVE'
  /** `pending` */
  | 'PENDING'
  /** `restricted` */
  | 'RESTRICTED';

/** Represents the reason why the status is `pending` or `restricted`. */
export type TreasuryFinancialAccountFeaturesCardIssuingStatusDetailCode =
  /** `activating` */
  | 'ACTIVATING'
  /** `capability_not_requested` */
  | 'CAPABILITY_NOT_REQUESTED'
  /** `financial_account_closed` */
  | 'FINANCIAL_ACCOUNT_CLOSED'
  /** `rejected_other` */
  | 'REJECTED_OTHER'
  /** `rejected_unsupported_business` */
  | 'REJECTED_UNSUPPORTED_BUSINESS'
  /** `requirements_past_due` */
  | 'REQUIREMENTS_PAST_DUE'
  /** `requirements_pending_verification` */
  | 'REQUIREMENTS_PENDING_VERIFICATION'
  /** `restricted_by_platform` */
  | 'RESTRICTED_BY_PLATFORM'
  /** `restricted_other` */
  | 'RESTRICTED_OTHER';

/** Represents what the user should do, if anything, to activate the Feature. */
export type TreasuryFinancialAccountFeaturesCardIssuingStatusDetailResolution =
  /** `contact_stripe` */
  | 'CONTACT_STRIPE'
  /** `provide_information` */
  | 'PROVIDE_INFORMATION'
  /** `remove_restriction` */
  | 'REMOVE_RESTRICTION';

/** The `platform_restrictions` that are restricting this Feature. */
export type TreasuryFinancialAccountFeaturesCardIssuingStatusDetailRestriction =
  /** `inbound_flows` */
  | 'INBOUND_FLOWS'
  /** `outbound_flows` */
  | 'OUTBOUND_FLOWS';

/** String representing the object's type. Objects of the same type share the same value. */
export type TreasuryFinancialAccountFeaturesObject =
  /** `treasury.financial_account_features` */
  | 'TREASURY_FINANCIAL_ACCOUNT_FEATURES';

/** The list of networks that the address supports */
export type TreasuryFinancialAccountFinancialAddressSupportedNetworks =
  /** `ach` */
  | 'ACH'
  /** `rtp` */
  | 'RTP'
  /** `us_domestic_wire` */
  | 'US_DOMESTIC_WIRE';

/** The type of financial address */
export type TreasuryFinancialAccountFinancialAddressType =
  /** `aba` */
  | 'ABA';

/** Restricts all inbound money movement. */
export type TreasuryFinancialAccountPlatformRestriction =
  /** `restricted` */
  | 'RESTRICTED'
  /** `unrestricted` */
  | 'UNRESTRICTED';

/** Status of this FinancialAccount. */
export type TreasuryFinancialAccountStatus =
  /** `closed` */
  | 'CLOSED'
  /** `open` */
  | 'OPEN';

/** The array that contains reasons for a FinancialAccount closure. */
export type TreasuryFinancialAccountStatusDetailsClosedReasons =
  /** `account_rejected` */
  | 'ACCOUNT_REJECTED'
  /** `closed_by_platform` */
  | 'CLOSED_BY_PLATFORM'
  /** `other` */
  | 'OTHER';

/** Reason for the failure. */
export type TreasuryInboundTransferFailureCode =
  /** `account_closed` */
  | 'ACCOUNT_CLOSED'
  /** `account_frozen` */
  | 'ACCOUNT_FROZEN'
  /** `bank_account_restricted` */
  | 'BANK_ACCOUNT_RESTRICTED'
  /** `bank_ownership_changed` */
  | 'BANK_OWNERSHIP_CHANGED'
  /** `debit_not_authorized` */
  | 'DEBIT_NOT_AUTHORIZED'
  /** `incorrect_account_holder_address` */
  | 'INCORRECT_ACCOUNT_HOLDER_ADDRESS'
  /** `incorrect_account_holder_name` */
  | 'INCORRECT_ACCOUNT_HOLDER_NAME'
  /** `incorrect_account_holder_tax_id` */
  | 'INCORRECT_ACCOUNT_HOLDER_TAX_ID'
  /** `insufficient_funds` */
  | 'INSUFFICIENT_FUNDS'
  /** `invalid_account_number` */
  | 'INVALID_ACCOUNT_NUMBER'
  /** `invalid_currency` */
  | 'INVALID_CURRENCY'
  /** `no_account` */
  | 'NO_ACCOUNT'
  /** `other` */
  | 'OTHER';

/** The type of the payment method used in the InboundTransfer. */
export type TreasuryInboundTransferOriginPaymentMethodDetailsType =
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** Account holder type: individual or company. */
export type TreasuryInboundTransferOriginPaymentMethodDetailsUsBankAccountAccountHolderType =
  /** `company` */
  | 'COMPANY'
  /** `individual` */
  | 'INDIVIDUAL';

/** The network rails used. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
export type TreasuryInboundTransferOriginPaymentMethodDetailsUsBankAccountNetwork =
  /** `ach` */
  | 'ACH';

/** Status of the InboundTransfer: `processing`, `succeeded`, `failed`, and `canceled`. An InboundTransfer is `processing` if it is created and pending. The status changes to `succeeded` once the funds have been "confirmed" and a `transaction` is created and posted. The status changes to `failed` if the transfer fails. */
export type TreasuryInboundTransferStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `failed` */
  | 'FAILED'
  /** `processing` */
  | 'PROCESSING'
  /** `succeeded` */
  | 'SUCCEEDED';

/** The rails used to send funds. */
export type TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork =
  /** `stripe` */
  | 'STRIPE';

/** The type of the payment method used in the OutboundPayment. */
export type TreasuryOutboundPaymentDestinationPaymentMethodDetailsType =
  /** `financial_account` */
  | 'FINANCIAL_ACCOUNT'
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** Account holder type: individual or company. */
export type TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountAccountHolderType =
  /** `company` */
  | 'COMPANY'
  /** `individual` */
  | 'INDIVIDUAL';

/** Account type: checkings or savings. Defaults to checking if omitted. */
export type TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountAccountType =
  /** `checking` */
  | 'CHECKING'
  /** `savings` */
  | 'SAVINGS';

/** The network rails used. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
export type TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork =
  /** `ach` */
  | 'ACH'
  /** `us_domestic_wire` */
  | 'US_DOMESTIC_WIRE';

/** Reason for the return. */
export type TreasuryOutboundPaymentReturnedDetailsCode =
  /** `account_closed` */
  | 'ACCOUNT_CLOSED'
  /** `account_frozen` */
  | 'ACCOUNT_FROZEN'
  /** `bank_account_restricted` */
  | 'BANK_ACCOUNT_RESTRICTED'
  /** `bank_ownership_changed` */
  | 'BANK_OWNERSHIP_CHANGED'
  /** `declined` */
  | 'DECLINED'
  /** `incorrect_account_holder_name` */
  | 'INCORRECT_ACCOUNT_HOLDER_NAME'
  /** `invalid_account_number` */
  | 'INVALID_ACCOUNT_NUMBER'
  /** `invalid_currency` */
  | 'INVALID_CURRENCY'
  /** `no_account` */
  | 'NO_ACCOUNT'
  /** `other` */
  | 'OTHER';

/** Current status of the OutboundPayment: `processing`, `failed`, `posted`, `returned`, `canceled`. An OutboundPayment is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundPayment has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundPayment fails to arrive at its destination, its status will change to `returned`. */
export type TreasuryOutboundPaymentStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `failed` */
  | 'FAILED'
  /** `posted` */
  | 'POSTED'
  /** `processing` */
  | 'PROCESSING'
  /** `returned` */
  | 'RETURNED';

/** The rails used to send funds. */
export type TreasuryOutboundTransferDestinationPaymentMethodDetailsFinancialAccountNetwork =
  /** `stripe` */
  | 'STRIPE';

/** The type of the payment method used in the OutboundTransfer. */
export type TreasuryOutboundTransferDestinationPaymentMethodDetailsType =
  /** `financial_account` */
  | 'FINANCIAL_ACCOUNT'
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** The network rails used. See the [docs](https://docs.stripe.com/treasury/money-movement/timelines) to learn more about money movement timelines for each network type. */
export type TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork =
  /** `ach` */
  | 'ACH'
  /** `us_domestic_wire` */
  | 'US_DOMESTIC_WIRE';

/** Reason for the return. */
export type TreasuryOutboundTransferReturnedDetailsCode =
  /** `account_closed` */
  | 'ACCOUNT_CLOSED'
  /** `account_frozen` */
  | 'ACCOUNT_FROZEN'
  /** `bank_account_restricted` */
  | 'BANK_ACCOUNT_RESTRICTED'
  /** `bank_ownership_changed` */
  | 'BANK_OWNERSHIP_CHANGED'
  /** `declined` */
  | 'DECLINED'
  /** `incorrect_account_holder_name` */
  | 'INCORRECT_ACCOUNT_HOLDER_NAME'
  /** `invalid_account_number` */
  | 'INVALID_ACCOUNT_NUMBER'
  /** `invalid_currency` */
  | 'INVALID_CURRENCY'
  /** `no_account` */
  | 'NO_ACCOUNT'
  /** `other` */
  | 'OTHER';

/** Current status of the OutboundTransfer: `processing`, `failed`, `canceled`, `posted`, `returned`. An OutboundTransfer is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundTransfer has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundTransfer fails to arrive at its destination, its status will change to `returned`. */
export type TreasuryOutboundTransferStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `failed` */
  | 'FAILED'
  /** `posted` */
  | 'POSTED'
  /** `processing` */
  | 'PROCESSING'
  /** `returned` */
  | 'RETURNED';

/** Reason for the failure. A ReceivedCredit might fail because the receiving FinancialAccount is closed or frozen. */
export type TreasuryReceivedCreditFailureCode =
  /** `account_closed` */
  | 'ACCOUNT_CLOSED'
  /** `account_frozen` */
  | 'ACCOUNT_FROZEN'
  /** `international_transaction` */
  | 'INTERNATIONAL_TRANSACTION'
  /** `other` */
  | 'OTHER';

/** Set when `type` is `balance`. */
export type TreasuryReceivedCreditInitiatingPaymentMethodDetailsBalance =
  /** `payments` */
  | 'PAYMENTS';

/** The rails the ReceivedCredit was sent over. A FinancialAccount can only send funds over `stripe`. */
export type TreasuryReceivedCreditInitiatingPaymentMethodDetailsFinancialAccountNetwork =
  /** `stripe` */
  | 'STRIPE';

/** Polymorphic type matching the originating money movement's source. This can be an external account, a Stripe balance, or a FinancialAccount. */
export type TreasuryReceivedCreditInitiatingPaymentMethodDetailsType =
  /** `balance` */
  | 'BALANCE'
  /** `financial_account` */
  | 'FINANCIAL_ACCOUNT'
  /** `issuing_card` */
  | 'ISSUING_CARD'
  /** `stripe` */
  | 'STRIPE'
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** The type of the source flow that originated the ReceivedCredit. */
export type TreasuryReceivedCreditLinkedFlowsSourceFlowDetailsType =
  /** `credit_reversal` */
  | 'CREDIT_REVERSAL'
  /** `other` */
  | 'OTHER'
  /** `outbound_payment` */
  | 'OUTBOUND_PAYMENT'
  /** `outbound_transfer` */
  | 'OUTBOUND_TRANSFER'
  /** `payout` */
  | 'PAYOUT';

/** Only return ReceivedCredits described by the flow. */
export type TreasuryReceivedCreditListLinkedFlowsInput = {
  /** The source flow type. */
  sourceFlowType: TreasuryReceivedCreditLinkedFlowsSourceFlowDetailsType;
};

/** The rails used to send the funds. */
export type TreasuryReceivedCreditNetwork =
  /** `ach` */
  | 'ACH'
  /** `card` */
  | 'CARD'
  /** `rtp` */
  | 'RTP'
  /** `stripe` */
  | 'STRIPE'
  /** `us_domestic_wire` */
  | 'US_DOMESTIC_WIRE';

/** Set if a ReceivedCredit cannot be reversed. */
export type TreasuryReceivedCreditReversalDetailsRestrictedReason =
  /** `already_reversed` */
  | 'ALREADY_REVERSED'
  /** `deadline_passed` */
  | 'DEADLINE_PASSED'
  /** `network_restricted` */
  | 'NETWORK_RESTRICTED'
  /** `other` */
  | 'OTHER'
  /** `source_flow_restricted` */
  | 'SOURCE_FLOW_RESTRICTED';

/** Status of the ReceivedCredit. ReceivedCredits are created either `succeeded` (approved) or `failed` (declined). If a ReceivedCredit is declined, the failure reason can be found in the `failure_code` field. */
export type TreasuryReceivedCreditStatus =
  /** `failed` */
  | 'FAILED'
  /** `succeeded` */
  | 'SUCCEEDED';

/** Reason for the failure. A ReceivedDebit might fail because the FinancialAccount doesn't have sufficient funds, is closed, or is frozen. */
export type TreasuryReceivedDebitFailureCode =
  /** `account_closed` */
  | 'ACCOUNT_CLOSED'
  /** `account_frozen` */
  | 'ACCOUNT_FROZEN'
  /** `insufficient_funds` */
  | 'INSUFFICIENT_FUNDS'
  /** `international_transaction` */
  | 'INTERNATIONAL_TRANSACTION'
  /** `other` */
  | 'OTHER';

/** Polymorphic type matching the originating money movement's source. This can be an external account, a Stripe balance, or a FinancialAccount. */
export type TreasuryReceivedDebitInitiatingPaymentMethodDetailsType =
  /** `balance` */
  | 'BALANCE'
  /** `financial_account` */
  | 'FINANCIAL_ACCOUNT'
  /** `issuing_card` */
  | 'ISSUING_CARD'
  /** `stripe` */
  | 'STRIPE'
  /** `us_bank_account` */
  | 'US_BANK_ACCOUNT';

/** The network used for the ReceivedDebit. */
export type TreasuryReceivedDebitNetwork =
  /** `ach` */
  | 'ACH'
  /** `card` */
  | 'CARD'
  /** `stripe` */
  | 'STRIPE';

/** Set if a ReceivedDebit can't be reversed. */
export type TreasuryReceivedDebitReversalDetailsRestrictedReason =
  /** `already_reversed` */
  | 'ALREADY_REVERSED'
  /** `deadline_passed` */
  | 'DEADLINE_PASSED'
  /** `network_restricted` */
  | 'NETWORK_RESTRICTED'
  /** `other` */
  | 'OTHER'
  /** `source_flow_restricted` */
  | 'SOURCE_FLOW_RESTRICTED';

/** Status of the ReceivedDebit. ReceivedDebits are created with a status of either `succeeded` (approved) or `failed` (declined). The failure reason can be found under the `failure_code`. */
export type TreasuryReceivedDebitStatus =
  /** `failed` */
  | 'FAILED'
  /** `succeeded` */
  | 'SUCCEEDED';

/** Type of the flow that created the Transaction. Set to the same value as `flow_type`. */
export type TreasuryTransactionEntryFlowDetailsType =
  /** `credit_reversal` */
  | 'CREDIT_REVERSAL'
  /** `debit_reversal` */
  | 'DEBIT_REVERSAL'
  /** `inbound_transfer` */
  | 'INBOUND_TRANSFER'
  /** `issuing_authorization` */
  | 'ISSUING_AUTHORIZATION'
  /** `other` */
  | 'OTHER'
  /** `outbound_payment` */
  | 'OUTBOUND_PAYMENT'
  /** `outbound_transfer` */
  | 'OUTBOUND_TRANSFER'
  /** `received_credit` */
  | 'RECEIVED_CREDIT'
  /** `received_debit` */
  | 'RECEIVED_DEBIT';

/** The specific money movement that generated the TransactionEntry. */
export type TreasuryTransactionEntryType =
  /** `credit_reversal` */
  | 'CREDIT_REVERSAL'
  /** `credit_reversal_posting` */
  | 'CREDIT_REVERSAL_POSTING'
  /** `debit_reversal` */
  | 'DEBIT_REVERSAL'
  /** `inbound_transfer` */
  | 'INBOUND_TRANSFER'
  /** `inbound_transfer_return` */
  | 'INBOUND_TRANSFER_RETURN'
  /** `issuing_authorization_hold` */
  | 'ISSUING_AUTHORIZATION_HOLD'
  /** `issuing_authorization_release` */
  | 'ISSUING_AUTHORIZATION_RELEASE'
  /** `other` */
  | 'OTHER'
  /** `outbound_payment` */
  | 'OUTBOUND_PAYMENT'
  /** `outbound_payment_cancellation` */
  | 'OUTBOUND_PAYMENT_CANCELLATION'
  /** `outbound_payment_failure` */
  | 'OUTBOUND_PAYMENT_FAILURE'
  /** `outbound_payment_posting` */
  | 'OUTBOUND_PAYMENT_POSTING'
  /** `outbound_payment_return` */
  | 'OUTBOUND_PAYMENT_RETURN'
  /** `outbound_transfer` */
  | 'OUTBOUND_TRANSFER'
  /** `outbound_transfer_cancellation` */
  | 'OUTBOUND_TRANSFER_CANCELLATION'
  /** `outbound_transfer_failure` */
  | 'OUTBOUND_TRANSFER_FAILURE'
  /** `outbound_transfer_posting` */
  | 'OUTBOUND_TRANSFER_POSTING'
  /** `outbound_transfer_return` */
  | 'OUTBOUND_TRANSFER_RETURN'
  /** `received_credit` */
  | 'RECEIVED_CREDIT'
  /** `received_debit` */
  | 'RECEIVED_DEBIT';

/** Type of the flow that created the Transaction. Set to the same value as `flow_type`. */
export type TreasuryTransactionFlowDetailsType =
  /** `credit_reversal` */
  | 'CREDIT_REVERSAL'
  /** `debit_reversal` */
  | 'DEBIT_REVERSAL'
  /** `inbound_transfer` */
  | 'INBOUND_TRANSFER'
  /** `issuing_authorization` */
  | 'ISSUING_AUTHORIZATION'
  /** `other` */
  | 'OTHER'
  /** `outbound_payment` */
  | 'OUTBOUND_PAYMENT'
  /** `outbound_transfer` */
  | 'OUTBOUND_TRANSFER'
  /** `received_credit` */
  | 'RECEIVED_CREDIT'
  /** `received_debit` */
  | 'RECEIVED_DEBIT';

/** Status of the Transaction. */
export type TreasuryTransactionStatus =
  /** `open` */
  | 'OPEN'
  /** `posted` */
  | 'POSTED'
  /** `void` */
  | 'VOID';

/** Publicly sharable reference for the end beneficiary of carbon removal. Assumed to be the Stripe account if not set. */
export type UpdateClimateOrderBeneficiaryInput = {
  /** Publicly displayable name for the end beneficiary of carbon removal. */
  publicName: string;
};

/** The input of `updateClimateOrder`: the parameters of Stripe's `POST /v1/climate/orders/{id}` and the object it acts on. */
export type UpdateClimateOrderInput = {
  /** Publicly sharable reference for the end beneficiary of carbon removal. Assumed to be the Stripe account if not set. */
  beneficiary?: UpdateClimateOrderBeneficiaryInput | null | undefined;
  /** The ClimateOrder to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
};

/** The input of `updateEntitlementsFeature`: the parameters of Stripe's `POST /v1/entitlements/features/{id}` and the object it acts on. */
export type UpdateEntitlementsFeatureInput = {
  /** Inactive features cannot be attached to new products and will not be returned from the features list endpoint. */
  active?: boolean | null | undefined;
  /** The EntitlementsFeature to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The feature's name, for your own purpose, not meant to be displayable to the customer. */
  name?: string | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderUpdateParams.AutomaticTax`). */
export type UpdateOrderAutomaticTaxInput = {
  /** Stripe's `enabled` parameter. */
  enabled: boolean;
};

/** Parameters of Order (Stripe's `order#OrderUpdateParams.BillingDetails`). */
export type UpdateOrderBillingDetailsInput = {
  /** Stripe's `address` parameter. */
  address?: Record<string, unknown> | null | undefined;
  /** Stripe's `email` parameter. */
  email?: string | null | undefined;
  /** Stripe's `name` parameter. */
  name?: string | null | undefined;
  /** Stripe's `phone` parameter. */
  phone?: string | null | undefined;
};

/** The input of `updateOrder`: the parameters of Stripe's `POST /v1/orders/{id}` and the object it acts on. */
export type UpdateOrderInput = {
  /** Stripe's `automatic_tax` parameter. */
  automaticTax?: UpdateOrderAutomaticTaxInput | null | undefined;
  /** Stripe's `billing_details` parameter. */
  billingDetails?: UpdateOrderBillingDetailsInput | null | undefined;
  /** Stripe's `currency` parameter. */
  currency?: string | null | undefined;
  /** Stripe's `customer` parameter. */
  customer?: string | number | null | undefined;
  /** Stripe's `description` parameter. */
  description?: string | null | undefined;
  /** The Order to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Stripe's `ip_address` parameter. */
  ipAddress?: string | null | undefined;
  /** Stripe's `line_items` parameter. */
  lineItems?: Array<UpdateOrderLineItemsInput> | null | undefined;
  /** Stripe's `metadata` parameter. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Stripe's `shipping_cost` parameter. */
  shippingCost?: UpdateOrderShippingCostInput | null | undefined;
  /** Stripe's `shipping_details` parameter. */
  shippingDetails?: UpdateOrderShippingDetailsInput | null | undefined;
  /** Stripe's `tax_details` parameter. */
  taxDetails?: UpdateOrderTaxDetailsInput | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderUpdateParams.LineItems`). */
export type UpdateOrderLineItemsInput = {
  /** Stripe's `description` parameter. */
  description?: string | null | undefined;
  /** Stripe's `discounts` parameter. */
  discounts?: Array<Record<string, unknown>> | null | undefined;
  /** Stripe's `id` parameter. */
  id?: string | number | null | undefined;
  /** Stripe's `price` parameter. */
  price?: string | number | null | undefined;
  /** Stripe's `price_data` parameter. */
  priceData?: Record<string, unknown> | null | undefined;
  /** Stripe's `product` parameter. */
  product?: string | number | null | undefined;
  /** Stripe's `product_data` parameter. */
  productData?: Record<string, unknown> | null | undefined;
  /** Stripe's `quantity` parameter. */
  quantity?: number | null | undefined;
  /** Stripe's `tax_rates` parameter. */
  taxRates?: Array<string> | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderUpdateParams.ShippingCost`). */
export type UpdateOrderShippingCostInput = {
  /** Stripe's `shipping_rate` parameter. */
  shippingRate?: string | null | undefined;
  /** Stripe's `shipping_rate_data` parameter. */
  shippingRateData?: Record<string, unknown> | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderUpdateParams.ShippingDetails`). */
export type UpdateOrderShippingDetailsInput = {
  /** Stripe's `address` parameter. */
  address: Record<string, unknown>;
  /** Stripe's `name` parameter. */
  name: string;
  /** Stripe's `phone` parameter. */
  phone?: string | null | undefined;
};

/** Parameters of Order (Stripe's `order#OrderUpdateParams.TaxDetails`). */
export type UpdateOrderTaxDetailsInput = {
  /** Stripe's `tax_exempt` parameter. */
  taxExempt?: OrderTaxDetailsTaxExempt | null | undefined;
  /** Stripe's `tax_ids` parameter. */
  taxIds?: Array<Record<string, unknown>> | null | undefined;
};

/** The input of `updateProduct`: the parameters of Stripe's `POST /v1/products/{id}` and the object it acts on. */
export type UpdateProductInput = {
  /** Whether the product is available for purchase. */
  active?: boolean | null | undefined;
  /** The ID of the [Price](https://docs.stripe.com/api/prices) object that is the default price for this product. */
  defaultPrice?: string | number | null | undefined;
  /** The product's description, meant to be displayable to the customer. Use this field to optionally store a long form explanation of the product being sold for your own rendering purposes. */
  description?: string | null | undefined;
  /** The Product to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The product's name, meant to be displayable to the customer. */
  name?: string | null | undefined;
  /** A [tax code](https://docs.stripe.com/tax/tax-categories) ID. */
  taxCode?: string | number | null | undefined;
  /** A URL of a publicly-accessible webpage for this product. */
  url?: string | null | undefined;
};

/** The input of `updateTaxRegistration`: the parameters of Stripe's `POST /v1/tax/registrations/{id}` and the object it acts on. */
export type UpdateTaxRegistrationInput = {
  /** Time at which the registration becomes active. It can be either `now` to indicate the current time, or a timestamp measured in seconds since the Unix epoch. */
  activeFrom?: string | null | undefined;
  /** If set, the registration stops being active at this time. If not set, the registration will be active indefinitely. It can be either `now` to indicate the current time, or a timestamp measured in seconds since the Unix epoch. */
  expiresAt?: string | null | undefined;
  /** The TaxRegistration to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** Default configuration to be used on Stripe Tax calculations. */
export type UpdateTaxSettingsDefaultsInput = {
  /** Specifies the default [tax behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#tax-behavior) to be used when the item's price has unspecified tax behavior. One of inclusive, exclusive, or inferred_by_currency. Once specified, it cannot be changed back to null. */
  taxBehavior?: TaxSettingsDefaultsTaxBehavior | null | undefined;
  /** A [tax code](https://docs.stripe.com/tax/tax-categories) ID. */
  taxCode?: string | null | undefined;
};

/** The location of the business for tax purposes. */
export type UpdateTaxSettingsHeadOfficeAddressInput = {
  /** City, district, suburb, town, village, or ward. */
  city?: string | null | undefined;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country?: string | null | undefined;
  /** Address line 1 (e.g., street, block, PO Box, or company name). */
  line1?: string | null | undefined;
  /** Address line 2 (e.g., apartment, suite, unit, or building). */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode?: string | null | undefined;
  /** State, county, province, prefecture, or region. */
  state?: string | null | undefined;
};

/** The place where your business is located. */
export type UpdateTaxSettingsHeadOfficeInput = {
  /** The location of the business for tax purposes. */
  address: UpdateTaxSettingsHeadOfficeAddressInput;
};

/** Parameters of TaxSettings (Stripe's `tax.settings#SettingsUpdateParams`). */
export type UpdateTaxSettingsInput = {
  /** Default configuration to be used on Stripe Tax calculations. */
  defaults?: UpdateTaxSettingsDefaultsInput | null | undefined;
  /** The place where your business is located. */
  headOffice?: UpdateTaxSettingsHeadOfficeInput | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** Encodes the FinancialAccount's ability to be used with the Issuing product, including attaching cards to and drawing funds from the FinancialAccount. */
export type UpdateTreasuryFinancialAccountFeaturesCardIssuingInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Represents whether this FinancialAccount is eligible for deposit insurance. Various factors determine the insurance amount. */
export type UpdateTreasuryFinancialAccountFeaturesDepositInsuranceInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Adds an ABA FinancialAddress to the FinancialAccount. */
export type UpdateTreasuryFinancialAccountFeaturesFinancialAddressesAbaInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains Features that add FinancialAddresses to the FinancialAccount. */
export type UpdateTreasuryFinancialAccountFeaturesFinancialAddressesInput = {
  /** Adds an ABA FinancialAddress to the FinancialAccount. */
  aba?: UpdateTreasuryFinancialAccountFeaturesFinancialAddressesAbaInput | null | undefined;
};

/** Enables ACH Debits via the InboundTransfers API. */
export type UpdateTreasuryFinancialAccountFeaturesInboundTransfersAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains settings related to adding funds to a FinancialAccount from another Account with the same owner. */
export type UpdateTreasuryFinancialAccountFeaturesInboundTransfersInput = {
  /** Enables ACH Debits via the InboundTransfers API. */
  ach?: UpdateTreasuryFinancialAccountFeaturesInboundTransfersAchInput | null | undefined;
};

/** The input of `updateTreasuryFinancialAccountFeatures`: the parameters of Stripe's `POST /v1/treasury/financial_accounts/{id}/features` and the object it acts on. */
export type UpdateTreasuryFinancialAccountFeaturesInput = {
  /** Encodes the FinancialAccount's ability to be used with the Issuing product, including attaching cards to and drawing funds from the FinancialAccount. */
  cardIssuing?: UpdateTreasuryFinancialAccountFeaturesCardIssuingInput | null | undefined;
  /** Represents whether this FinancialAccount is eligible for deposit insurance. Various factors determine the insurance amount. */
  depositInsurance?: UpdateTreasuryFinancialAccountFeaturesDepositInsuranceInput | null | undefined;
  /** Contains Features that add FinancialAddresses to the FinancialAccount. */
  financialAddresses?: UpdateTreasuryFinancialAccountFeaturesFinancialAddressesInput | null | undefined;
  /** The TreasuryFinancialAccount to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Contains settings related to adding funds to a FinancialAccount from another Account with the same owner. */
  inboundTransfers?: UpdateTreasuryFinancialAccountFeaturesInboundTransfersInput | null | undefined;
  /** Represents the ability for the FinancialAccount to send money to, or receive money from other FinancialAccounts (for example, via OutboundPayment). */
  intraStripeFlows?: UpdateTreasuryFinancialAccountFeaturesIntraStripeFlowsInput | null | undefined;
  /** Includes Features related to initiating money movement out of the FinancialAccount to someone else's bucket of money. */
  outboundPayments?: UpdateTreasuryFinancialAccountFeaturesOutboundPaymentsInput | null | undefined;
  /** Contains a Feature and settings related to moving money out of the FinancialAccount into another Account with the same owner. */
  outboundTransfers?: UpdateTreasuryFinancialAccountFeaturesOutboundTransfersInput | null | undefined;
};

/** Represents the ability for the FinancialAccount to send money to, or receive money from other FinancialAccounts (for example, via OutboundPayment). */
export type UpdateTreasuryFinancialAccountFeaturesIntraStripeFlowsInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Enables ACH transfers via the OutboundPayments API. */
export type UpdateTreasuryFinancialAccountFeaturesOutboundPaymentsAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Includes Features related to initiating money movement out of the FinancialAccount to someone else's bucket of money. */
export type UpdateTreasuryFinancialAccountFeaturesOutboundPaymentsInput = {
  /** Enables ACH transfers via the OutboundPayments API. */
  ach?: UpdateTreasuryFinancialAccountFeaturesOutboundPaymentsAchInput | null | undefined;
  /** Enables US domestic wire transfers via the OutboundPayments API. */
  usDomesticWire?: UpdateTreasuryFinancialAccountFeaturesOutboundPaymentsUsDomesticWireInput | null | undefined;
};

/** Enables US domestic wire transfers via the OutboundPayments API. */
export type UpdateTreasuryFinancialAccountFeaturesOutboundPaymentsUsDomesticWireInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Enables ACH transfers via the OutboundTransfers API. */
export type UpdateTreasuryFinancialAccountFeaturesOutboundTransfersAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains a Feature and settings related to moving money out of the FinancialAccount into another Account with the same owner. */
export type UpdateTreasuryFinancialAccountFeaturesOutboundTransfersInput = {
  /** Enables ACH transfers via the OutboundTransfers API. */
  ach?: UpdateTreasuryFinancialAccountFeaturesOutboundTransfersAchInput | null | undefined;
  /** Enables US domestic wire transfers via the OutboundTransfers API. */
  usDomesticWire?: UpdateTreasuryFinancialAccountFeaturesOutboundTransfersUsDomesticWireInput | null | undefined;
};

/** Enables US domestic wire transfers via the OutboundTransfers API. */
export type UpdateTreasuryFinancialAccountFeaturesOutboundTransfersUsDomesticWireInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Encodes the FinancialAccount's ability to be used with the Issuing product, including attaching cards to and drawing funds from the FinancialAccount. */
export type UpdateTreasuryFinancialAccountFeaturesParamsCardIssuingInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Represents whether this FinancialAccount is eligible for deposit insurance. Various factors determine the insurance amount. */
export type UpdateTreasuryFinancialAccountFeaturesParamsDepositInsuranceInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Adds an ABA FinancialAddress to the FinancialAccount. */
export type UpdateTreasuryFinancialAccountFeaturesParamsFinancialAddressesAbaInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains Features that add FinancialAddresses to the FinancialAccount. */
export type UpdateTreasuryFinancialAccountFeaturesParamsFinancialAddressesInput = {
  /** Adds an ABA FinancialAddress to the FinancialAccount. */
  aba?: UpdateTreasuryFinancialAccountFeaturesParamsFinancialAddressesAbaInput | null | undefined;
};

/** Enables ACH Debits via the InboundTransfers API. */
export type UpdateTreasuryFinancialAccountFeaturesParamsInboundTransfersAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains settings related to adding funds to a FinancialAccount from another Account with the same owner. */
export type UpdateTreasuryFinancialAccountFeaturesParamsInboundTransfersInput = {
  /** Enables ACH Debits via the InboundTransfers API. */
  ach?: UpdateTreasuryFinancialAccountFeaturesParamsInboundTransfersAchInput | null | undefined;
};

/** Encodes whether a FinancialAccount has access to a particular feature, with a status enum and associated `status_details`. Stripe or the platform may control features via the requested field. */
export type UpdateTreasuryFinancialAccountFeaturesParamsInput = {
  /** Encodes the FinancialAccount's ability to be used with the Issuing product, including attaching cards to and drawing funds from the FinancialAccount. */
  cardIssuing?: UpdateTreasuryFinancialAccountFeaturesParamsCardIssuingInput | null | undefined;
  /** Represents whether this FinancialAccount is eligible for deposit insurance. Various factors determine the insurance amount. */
  depositInsurance?: UpdateTreasuryFinancialAccountFeaturesParamsDepositInsuranceInput | null | undefined;
  /** Contains Features that add FinancialAddresses to the FinancialAccount. */
  financialAddresses?: UpdateTreasuryFinancialAccountFeaturesParamsFinancialAddressesInput | null | undefined;
  /** Contains settings related to adding funds to a FinancialAccount from another Account with the same owner. */
  inboundTransfers?: UpdateTreasuryFinancialAccountFeaturesParamsInboundTransfersInput | null | undefined;
  /** Represents the ability for the FinancialAccount to send money to, or receive money from other FinancialAccounts (for example, via OutboundPayment). */
  intraStripeFlows?: UpdateTreasuryFinancialAccountFeaturesParamsIntraStripeFlowsInput | null | undefined;
  /** Includes Features related to initiating money movement out of the FinancialAccount to someone else's bucket of money. */
  outboundPayments?: UpdateTreasuryFinancialAccountFeaturesParamsOutboundPaymentsInput | null | undefined;
  /** Contains a Feature and settings related to moving money out of the FinancialAccount into another Account with the same owner. */
  outboundTransfers?: UpdateTreasuryFinancialAccountFeaturesParamsOutboundTransfersInput | null | undefined;
};

/** Represents the ability for the FinancialAccount to send money to, or receive money from other FinancialAccounts (for example, via OutboundPayment). */
export type UpdateTreasuryFinancialAccountFeaturesParamsIntraStripeFlowsInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Enables ACH transfers via the OutboundPayments API. */
export type UpdateTreasuryFinancialAccountFeaturesParamsOutboundPaymentsAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Includes Features related to initiating money movement out of the FinancialAccount to someone else's bucket of money. */
export type UpdateTreasuryFinancialAccountFeaturesParamsOutboundPaymentsInput = {
  /** Enables ACH transfers via the OutboundPayments API. */
  ach?: UpdateTreasuryFinancialAccountFeaturesParamsOutboundPaymentsAchInput | null | undefined;
  /** Enables US domestic wire transfers via the OutboundPayments API. */
  usDomesticWire?: UpdateTreasuryFinancialAccountFeaturesParamsOutboundPaymentsUsDomesticWireInput | null | undefined;
};

/** Enables US domestic wire transfers via the OutboundPayments API. */
export type UpdateTreasuryFinancialAccountFeaturesParamsOutboundPaymentsUsDomesticWireInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Enables ACH transfers via the OutboundTransfers API. */
export type UpdateTreasuryFinancialAccountFeaturesParamsOutboundTransfersAchInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** Contains a Feature and settings related to moving money out of the FinancialAccount into another Account with the same owner. */
export type UpdateTreasuryFinancialAccountFeaturesParamsOutboundTransfersInput = {
  /** Enables ACH transfers via the OutboundTransfers API. */
  ach?: UpdateTreasuryFinancialAccountFeaturesParamsOutboundTransfersAchInput | null | undefined;
  /** Enables US domestic wire transfers via the OutboundTransfers API. */
  usDomesticWire?: UpdateTreasuryFinancialAccountFeaturesParamsOutboundTransfersUsDomesticWireInput | null | undefined;
};

/** Enables US domestic wire transfers via the OutboundTransfers API. */
export type UpdateTreasuryFinancialAccountFeaturesParamsOutboundTransfersUsDomesticWireInput = {
  /** Whether the FinancialAccount should have the Feature. */
  requested: boolean;
};

/** A different bank account where funds can be deposited/debited in order to get the closing FA's balance to $0 */
export type UpdateTreasuryFinancialAccountForwardingSettingsInput = {
  /** The financial_account id */
  financialAccount?: string | number | null | undefined;
  /** The payment_method or bank account id. This needs to be a verified bank account. */
  paymentMethod?: string | number | null | undefined;
  /** The type of the bank account provided. This can be either "financial_account" or "payment_method" */
  type: UpdateTreasuryFinancialAccountForwardingSettingsType;
};

/** The type of the bank account provided. This can be either "financial_account" or "payment_method" */
export type UpdateTreasuryFinancialAccountForwardingSettingsType =
  /** `financial_account` */
  | 'FINANCIAL_ACCOUNT'
  /** `payment_method` */
  | 'PAYMENT_METHOD';

/** The input of `updateTreasuryFinancialAccount`: the parameters of Stripe's `POST /v1/treasury/financial_accounts/{id}` and the object it acts on. */
export type UpdateTreasuryFinancialAccountInput = {
  /** Encodes whether a FinancialAccount has access to a particular feature, with a status enum and associated `status_details`. Stripe or the platform may control features via the requested field. */
  features?: UpdateTreasuryFinancialAccountFeaturesParamsInput | null | undefined;
  /** A different bank account where funds can be deposited/debited in order to get the closing FA's balance to $0 */
  forwardingSettings?: UpdateTreasuryFinancialAccountForwardingSettingsInput | null | undefined;
  /** The TreasuryFinancialAccount to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The nickname for the FinancialAccount. */
  nickname?: string | null | undefined;
  /** The set of functionalities that the platform can restrict on the FinancialAccount. */
  platformRestrictions?: UpdateTreasuryFinancialAccountPlatformRestrictionsInput | null | undefined;
};

/** The set of functionalities that the platform can restrict on the FinancialAccount. */
export type UpdateTreasuryFinancialAccountPlatformRestrictionsInput = {
  /** Restricts all inbound money movement. */
  inboundFlows?: TreasuryFinancialAccountPlatformRestriction | null | undefined;
  /** Restricts all outbound money movement. */
  outboundFlows?: TreasuryFinancialAccountPlatformRestriction | null | undefined;
};

/** The input of `updateWebhookEndpoint`: the parameters of Stripe's `POST /v1/webhook_endpoints/{id}` and the object it acts on. */
export type UpdateWebhookEndpointInput = {
  /** An optional description of what the webhook is used for. */
  description?: string | null | undefined;
  /** Disable the webhook endpoint if set to true. */
  disabled?: boolean | null | undefined;
  /** The list of events to enable for this endpoint. You may specify `['*']` to enable all events, except those that require explicit selection. */
  enabledEvents?: Array<string> | null | undefined;
  /** The WebhookEndpoint to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The URL of the webhook endpoint. */
  url?: string | null | undefined;
};

/** AUTOMATIC: the first delivery or a scheduled retry. RESEND: resendEvent. */
export type WebhookEndpointDeliveryAttemptTrigger =
  | 'AUTOMATIC'
  | 'RESEND';

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type ClimateCatalogueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClimateCatalogueQuery = { climateProducts: { nodes: Array<{ id: string, name: string, deliveryYear: number | null, metricTonsAvailable: string, currentPricesPerMetricTon: Array<{ currency: string, amountSubtotal: number, amountFees: number, amountTotal: number }>, suppliers: Array<{ id: string, name: string, removalPathway: ClimateSupplierRemovalPathway, locations: Array<{ country: string, region: string | null }> }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ClimateProductByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ClimateProductByIdQuery = { climateProduct: { id: string, livemode: boolean } | null, node:
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CreateClimateOrderTMutationVariables = Exact<{
  input: CreateClimateOrderInput;
}>;


export type CreateClimateOrderTMutation = { createClimateOrder: { climateOrder: { id: string, status: ClimateOrderStatus, metricTons: string, amountSubtotal: number, amountFees: number, amountTotal: number, currency: string, expectedDeliveryYear: number, beneficiary: { publicName: string } | null, product: { id: string } } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type UpdateClimateOrderTMutationVariables = Exact<{
  input: UpdateClimateOrderInput;
}>;


export type UpdateClimateOrderTMutation = { updateClimateOrder: { climateOrder: { id: string, metadata: Record<string, unknown>, beneficiary: { publicName: string } | null } | null, userErrors: Array<{ code: string }> } };

export type CancelClimateOrderTMutationVariables = Exact<{
  input: CancelClimateOrderInput;
}>;


export type CancelClimateOrderTMutation = { cancelClimateOrder: { climateOrder: { id: string, status: ClimateOrderStatus, cancellationReason: ClimateOrderCancellationReason | null, canceledAt: string | null } | null, userErrors: Array<{ code: string }> } };

export type ClimateOrderTQueryVariables = Exact<{
  id: string | number;
}>;


export type ClimateOrderTQuery = { climateOrder: { id: string, status: ClimateOrderStatus, confirmedAt: string | null, deliveredAt: string | null, deliveryDetails: Array<{ metricTons: string, supplier: { id: string } }> } | null };

export type ClimateOrderEventsTQueryVariables = Exact<{ [key: string]: never; }>;


export type ClimateOrderEventsTQuery = { events: { nodes: Array<{ type: string }> } };

export type CreateFeatureTMutationVariables = Exact<{
  input: CreateEntitlementsFeatureInput;
}>;


export type CreateFeatureTMutation = { createEntitlementsFeature: { entitlementsFeature: { id: string, name: string, lookupKey: string, active: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type UpdateFeatureTMutationVariables = Exact<{
  input: UpdateEntitlementsFeatureInput;
}>;


export type UpdateFeatureTMutation = { updateEntitlementsFeature: { entitlementsFeature: { id: string, name: string, active: boolean } | null, userErrors: Array<{ code: string }> } };

export type FeaturesTQueryVariables = Exact<{
  archived?: boolean | null | undefined;
  lookupKey?: string | null | undefined;
}>;


export type FeaturesTQuery = { entitlementsFeatures: { nodes: Array<{ id: string }> } };

export type AttachFeatureTMutationVariables = Exact<{
  input: CreateProductFeatureInput;
}>;


export type AttachFeatureTMutation = { createProductFeature: { productFeature: { id: string, entitlementFeature: { id: string, lookupKey: string } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type DetachFeatureTMutationVariables = Exact<{
  input: DeleteProductFeatureInput;
}>;


export type DetachFeatureTMutation = { deleteProductFeature: { deletedProductFeature: { id: string, deleted: boolean } | null, userErrors: Array<{ code: string }> } };

export type ProductFeaturesTQueryVariables = Exact<{
  id: string | number;
}>;


export type ProductFeaturesTQuery = { product: { features: { nodes: Array<{ id: string, entitlementFeature: { lookupKey: string } }> } } | null };

export type EntProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type EntProductMutation = { createProduct: { product: { id: string } | null, userErrors: Array<{ code: string }> } };

export type EntPriceMutationVariables = Exact<{
  input: CreatePriceInput;
}>;


export type EntPriceMutation = { createPrice: { price: { id: string } | null, userErrors: Array<{ code: string }> } };

export type EntCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type EntCustomerMutation = { createCustomer: { customer: { id: string } | null, userErrors: Array<{ code: string }> } };

export type EntOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type EntOrderMutation = { createOrder: { order: { id: string, amountTotal: number } | null, userErrors: Array<{ code: string, message: string }> } };

export type EntSubmitMutationVariables = Exact<{
  input: SubmitOrderInput;
}>;


export type EntSubmitMutation = { submitOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type ActiveTQueryVariables = Exact<{
  customer: string | number;
}>;


export type ActiveTQuery = { entitlementsActiveEntitlements: { nodes: Array<{ id: string, lookupKey: string, feature: { id: string } }> } };

export type ActiveOneTQueryVariables = Exact<{
  id: string | number;
}>;


export type ActiveOneTQuery = { entitlementsActiveEntitlement: { id: string, lookupKey: string } | null };

export type SummariesTQueryVariables = Exact<{ [key: string]: never; }>;


export type SummariesTQuery = { events: { nodes: Array<{ data: { object: Record<string, unknown> } }> } };

export type WeCreateMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WeCreateMutation = { createWebhookEndpoint: { webhookEndpoint: { id: string, object: string, apiVersion: string | null, application: string | null, created: string, description: string | null, enabledEvents: Array<string>, livemode: boolean, metadata: Record<string, unknown>, secret: string | null, status: string, url: string } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type WeUpdateMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WeUpdateMutation = { updateWebhookEndpoint: { webhookEndpoint: { id: string, description: string | null, enabledEvents: Array<string>, metadata: Record<string, unknown>, secret: string | null, status: string, url: string } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type WeDeleteMutationVariables = Exact<{
  input: DeleteWebhookEndpointInput;
}>;


export type WeDeleteMutation = { deleteWebhookEndpoint: { deletedWebhookEndpoint: { id: string, object: string, deleted: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WeGetQueryVariables = Exact<{
  id: string | number;
}>;


export type WeGetQuery = { webhookEndpoint: { id: string, secret: string | null, status: string, url: string, enabledEvents: Array<string> } | null };

export type WeListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WeListQuery = { webhookEndpoints: { nodes: Array<{ id: string, secret: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WeNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type WeNodeQuery = { node:
    | { __typename: 'ClimateOrder', id: string }
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'EntitlementsActiveEntitlement', id: string }
    | { __typename: 'EntitlementsFeature', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'PaymentMethod', id: string }
    | { __typename: 'Price', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductFeature', id: string }
    | { __typename: 'TaxCalculation', id: string }
    | { __typename: 'TaxRegistration', id: string }
    | { __typename: 'TaxTransaction', id: string }
    | { __typename: 'TestHelpersTestClock', id: string }
    | { __typename: 'TreasuryCreditReversal', id: string }
    | { __typename: 'TreasuryDebitReversal', id: string }
    | { __typename: 'TreasuryFinancialAccount', id: string }
    | { __typename: 'TreasuryInboundTransfer', id: string }
    | { __typename: 'TreasuryOutboundPayment', id: string }
    | { __typename: 'TreasuryOutboundTransfer', id: string }
    | { __typename: 'TreasuryReceivedCredit', id: string }
    | { __typename: 'TreasuryReceivedDebit', id: string }
    | { __typename: 'TreasuryTransaction', id: string }
    | { __typename: 'TreasuryTransactionEntry', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type WeResendMutationVariables = Exact<{
  input: ResendEventInput;
}>;


export type WeResendMutation = { resendEvent: { event: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WeFirstEventQueryVariables = Exact<{ [key: string]: never; }>;


export type WeFirstEventQuery = { events: { nodes: Array<{ id: string }> } };

export type WeCreateFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type WeCreateFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string }> } };

export type WeUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type WeUpdatedSubscription = { webhookEndpointUpdated: { id: string, status: string, description: string | null } };

export type OrdersActivateTaxMutationVariables = Exact<{ [key: string]: never; }>;


export type OrdersActivateTaxMutation = { updateTaxSettings: { userErrors: Array<{ code: string }> }, createTaxRegistration: { userErrors: Array<{ code: string }> } };

export type OrdersProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type OrdersProductMutation = { createProduct: { product: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrdersPriceMutationVariables = Exact<{
  input: CreatePriceInput;
}>;


export type OrdersPriceMutation = { createPrice: { price: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type OrdersDefaultPriceMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type OrdersDefaultPriceMutation = { updateProduct: { product: { id: string, defaultPrice: { id: string, unitAmount: number | null } | null } | null, userErrors: Array<{ code: string }> } };

export type CreateOrderTMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderTMutation = { createOrder: { order: { id: string, status: OrderStatus, amountSubtotal: number, amountTotal: number, automaticTax: { enabled: boolean, status: OrderAutomaticTaxStatus | null } | null, lineItems: { nodes: Array<{ id: string, description: string | null, quantity: number | null, amountSubtotal: number, amountTotal: number, price: { id: string, unitAmount: number | null } | null }> } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type UpdateOrderTMutationVariables = Exact<{
  input: UpdateOrderInput;
}>;


export type UpdateOrderTMutation = { updateOrder: { order: { id: string, status: OrderStatus, amountSubtotal: number, amountTotal: number, automaticTax: { enabled: boolean, status: OrderAutomaticTaxStatus | null } | null, totalDetails: { amountDiscount: number, amountShipping: number | null, amountTax: number }, shippingCost: { amountSubtotal: number, amountTax: number, amountTotal: number } | null, lineItems: { nodes: Array<{ description: string | null, quantity: number | null, amountSubtotal: number, amountTax: number, amountTotal: number }> } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type SubmitOrderTMutationVariables = Exact<{
  input: SubmitOrderInput;
}>;


export type SubmitOrderTMutation = { submitOrder: { order: { id: string, status: OrderStatus, amountTotal: number, payment: { status: OrderPaymentStatus | null } } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type ReopenOrderTMutationVariables = Exact<{
  input: ReopenOrderInput;
}>;


export type ReopenOrderTMutation = { reopenOrder: { order: { id: string, status: OrderStatus, payment: { status: OrderPaymentStatus | null } } | null, userErrors: Array<{ code: string, message: string }> } };

export type CancelOrderTMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderTMutation = { cancelOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type OrderTQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderTQuery = { order: { id: string, status: OrderStatus, payment: { status: OrderPaymentStatus | null } } | null };

export type OrderUpdatedTSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type OrderUpdatedTSubscription = { orderUpdated: { id: string, status: OrderStatus } };

export type OrderEventsTQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderEventsTQuery = { events: { nodes: Array<{ type: string, data: { object: Record<string, unknown> } }> } };

export type ReceiptObtMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type ReceiptObtMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, hostedRegulatoryReceiptUrl: string | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type ReceiptGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ReceiptGetQuery = { treasuryOutboundTransfer: { hostedRegulatoryReceiptUrl: string | null } | null };

export type TaxSettingsNowQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxSettingsNowQuery = { taxSettings: { status: TaxSettingsStatus, statusDetails: { pending: { missingFields: Array<string> | null } | null }, defaults: { taxCode: string | null, taxBehavior: TaxSettingsDefaultsTaxBehavior | null, provider: TaxSettingsDefaultsProvider }, headOffice: { address: { country: string | null, state: string | null } } | null } };

export type UpdateTaxSettingsTMutationVariables = Exact<{
  input: UpdateTaxSettingsInput;
}>;


export type UpdateTaxSettingsTMutation = { updateTaxSettings: { taxSettings: { status: TaxSettingsStatus, defaults: { taxCode: string | null, taxBehavior: TaxSettingsDefaultsTaxBehavior | null } } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type CreateTaxRegistrationTMutationVariables = Exact<{
  input: CreateTaxRegistrationInput;
}>;


export type CreateTaxRegistrationTMutation = { createTaxRegistration: { taxRegistration: { id: string, status: TaxRegistrationStatus, country: string, activeFrom: string, expiresAt: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type UpdateTaxRegistrationTMutationVariables = Exact<{
  input: UpdateTaxRegistrationInput;
}>;


export type UpdateTaxRegistrationTMutation = { updateTaxRegistration: { taxRegistration: { id: string, status: TaxRegistrationStatus, expiresAt: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type TaxRegistrationsTQueryVariables = Exact<{
  status?: TaxRegistrationListStatus | null | undefined;
}>;


export type TaxRegistrationsTQuery = { taxRegistrations: { nodes: Array<{ id: string, country: string, status: TaxRegistrationStatus }> } };

export type CreateTaxCalculationTMutationVariables = Exact<{
  input: CreateTaxCalculationInput;
}>;


export type CreateTaxCalculationTMutation = { createTaxCalculation: { taxCalculation: { id: string, amountTotal: number, taxAmountExclusive: number, taxAmountInclusive: number, expiresAt: string | null, taxBreakdown: Array<{ amount: number, inclusive: boolean, taxableAmount: number, taxabilityReason: TaxCalculationShippingCostTaxBreakdownTaxabilityReason, taxRateDetails: { percentageDecimal: string, country: string | null, state: string | null, taxType: TaxCalculationShippingCostTaxBreakdownTaxRateDetailsTaxType | null } }>, lineItems: { nodes: Array<{ id: string, amount: number, amountTax: number, reference: string, taxBehavior: TaxCalculationShippingCostTaxBehavior, taxCode: string, taxBreakdown: Array<{ amount: number, taxableAmount: number, taxabilityReason: TaxCalculationShippingCostTaxBreakdownTaxabilityReason, jurisdiction: { country: string, state: string | null, displayName: string } }> | null }> } | null, shippingCost: { amount: number, amountTax: number } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type CreateTaxTransactionTMutationVariables = Exact<{
  input: CreateFromCalculationTaxTransactionInput;
}>;


export type CreateTaxTransactionTMutation = { createFromCalculationTaxTransaction: { taxTransaction: { id: string, type: TaxTransactionType, reference: string, lineItems: { nodes: Array<{ id: string, amount: number, amountTax: number, reference: string, type: TaxTransactionType }> } | null, shippingCost: { amount: number, amountTax: number } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type ReverseTaxTransactionTMutationVariables = Exact<{
  input: CreateReversalTaxTransactionInput;
}>;


export type ReverseTaxTransactionTMutation = { createReversalTaxTransaction: { taxTransaction: { id: string, type: TaxTransactionType, reversal: { originalTransaction: { id: string } | null } | null, lineItems: { nodes: Array<{ amount: number, amountTax: number, reference: string, type: TaxTransactionType, reversal: { originalLineItem: string } | null }> } | null, shippingCost: { amount: number, amountTax: number } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type TaxCalculationLinesTQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type TaxCalculationLinesTQuery = { taxCalculation: { lineItems: { nodes: Array<{ reference: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type TaxClockTMutationVariables = Exact<{
  input: CreateTestHelpersTestClockInput;
}>;


export type TaxClockTMutation = { createTestHelpersTestClock: { testHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TaxAdvanceTMutationVariables = Exact<{
  input: AdvanceTestHelpersTestClockInput;
}>;


export type TaxAdvanceTMutation = { advanceTestHelpersTestClock: { testHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TaxSettingsEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxSettingsEventsQuery = { events: { nodes: Array<{ type: string }> } };

export type ClockCreateMutationVariables = Exact<{
  input: CreateTestHelpersTestClockInput;
}>;


export type ClockCreateMutation = { createTestHelpersTestClock: { testHelpersTestClock: { id: string, status: TestHelpersTestClockStatus, frozenTime: string, name: string | null, livemode: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type ClockAdvanceMutationVariables = Exact<{
  input: AdvanceTestHelpersTestClockInput;
}>;


export type ClockAdvanceMutation = { advanceTestHelpersTestClock: { testHelpersTestClock: { id: string, status: TestHelpersTestClockStatus, frozenTime: string, statusDetails: { advancing: { targetFrozenTime: string } | null } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type ClockDeleteMutationVariables = Exact<{
  input: DeleteTestHelpersTestClockInput;
}>;


export type ClockDeleteMutation = { deleteTestHelpersTestClock: { deletedTestHelpersTestClock: { id: string, deleted: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type ClockListQueryVariables = Exact<{ [key: string]: never; }>;


export type ClockListQuery = { testHelpersTestClocks: { nodes: Array<{ id: string, status: TestHelpersTestClockStatus, frozenTime: string }> } };

export type ClockGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ClockGetQuery = { testHelpersTestClock: { id: string, created: string, deletesAfter: string } | null };

export type ClockDeletedEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClockDeletedEventsQuery = { events: { nodes: Array<{ type: string, request: { id: string | null } | null, data: { object: Record<string, unknown> } }> } };

export type ClockCreateObtMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type ClockCreateObtMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, created: string, expectedArrivalDate: string } | null, userErrors: Array<{ code: string }> } };

export type ClockCreateIbtMutationVariables = Exact<{
  input: CreateTreasuryInboundTransferInput;
}>;


export type ClockCreateIbtMutation = { createTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, created: string } | null, userErrors: Array<{ code: string }> } };

export type ClockObtQueryVariables = Exact<{
  id: string | number;
}>;


export type ClockObtQuery = { treasuryOutboundTransfer: { status: TreasuryOutboundTransferStatus, statusTransitions: { postedAt: string | null } } | null };

export type ClockIbtQueryVariables = Exact<{
  id: string | number;
}>;


export type ClockIbtQuery = { treasuryInboundTransfer: { status: TreasuryInboundTransferStatus, statusTransitions: { succeededAt: string | null } } | null };

export type ClockEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClockEventsQuery = { events: { nodes: Array<{ id: string, type: string, created: string, data: { object: Record<string, unknown> } }> } };

export type ClockBalanceSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ClockBalanceSubscription = { treasuryFinancialAccountBalanceUpdated: { cash: Array<{ amount: number }>, outboundPending: Array<{ amount: number }> } };

export type ClockEventStreamSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ClockEventStreamSubscription = { events: { type: string, created: string, data: { object: Record<string, unknown> } } };

export type CrCreditMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedCreditInput;
}>;


export type CrCreditMutation = { testHelpersCreateTreasuryReceivedCredit: { treasuryReceivedCredit: { id: string, status: TreasuryReceivedCreditStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type CrDebitMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedDebitInput;
}>;


export type CrDebitMutation = { testHelpersCreateTreasuryReceivedDebit: { treasuryReceivedDebit: { id: string, status: TreasuryReceivedDebitStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type CrCreateMutationVariables = Exact<{
  input: CreateTreasuryCreditReversalInput;
}>;


export type CrCreateMutation = { createTreasuryCreditReversal: { treasuryCreditReversal: { id: string, object: string, status: TreasuryCreditReversalStatus, amount: number, currency: string, network: TreasuryCreditReversalNetwork, metadata: Record<string, unknown>, livemode: boolean, financialAccount: { id: string }, receivedCredit: { id: string, linkedFlows: { creditReversal: { id: string } | null }, reversalDetails: { restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null }, statusTransitions: { postedAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal', id: string }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type CrGetRcQueryVariables = Exact<{
  id: string | number;
}>;


export type CrGetRcQuery = { treasuryReceivedCredit: { id: string, status: TreasuryReceivedCreditStatus, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null, linkedFlows: { creditReversal: { id: string, status: TreasuryCreditReversalStatus } | null } } | null };

export type CrListQueryVariables = Exact<{
  fa: string | number;
  receivedCredit?: string | number | null | undefined;
  status?: TreasuryCreditReversalStatus | null | undefined;
}>;


export type CrListQuery = { treasuryCreditReversals: { nodes: Array<{ id: string, status: TreasuryCreditReversalStatus }> }, treasuryFinancialAccount: { creditReversals: { nodes: Array<{ id: string }> } } | null };

export type CrSenderCreditsQueryVariables = Exact<{
  fa: string | number;
}>;


export type CrSenderCreditsQuery = { treasuryReceivedCredits: { nodes: Array<{ id: string, status: TreasuryReceivedCreditStatus, amount: number, network: TreasuryReceivedCreditNetwork, initiatingPaymentMethodDetails: { type: TreasuryReceivedCreditInitiatingPaymentMethodDetailsType, financialAccount: { id: string, network: TreasuryReceivedCreditInitiatingPaymentMethodDetailsFinancialAccountNetwork } | null }, linkedFlows: { sourceFlowType: string | null, sourceFlow:
          | { __typename: 'TreasuryCreditReversal', id: string }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, sourceFlowDetails: { type: TreasuryReceivedCreditLinkedFlowsSourceFlowDetailsType, creditReversal: { id: string } | null } | null }, reversalDetails: { restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null }> } };

export type CrUpdateFaMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type CrUpdateFaMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type CrClockCreateMutationVariables = Exact<{
  input: CreateTestHelpersTestClockInput;
}>;


export type CrClockCreateMutation = { createTestHelpersTestClock: { testHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type CrClockAdvanceMutationVariables = Exact<{
  input: AdvanceTestHelpersTestClockInput;
}>;


export type CrClockAdvanceMutation = { advanceTestHelpersTestClock: { testHelpersTestClock: { status: TestHelpersTestClockStatus, frozenTime: string } | null, userErrors: Array<{ code: string }> } };

export type CrClockDeleteMutationVariables = Exact<{
  input: DeleteTestHelpersTestClockInput;
}>;


export type CrClockDeleteMutation = { deleteTestHelpersTestClock: { deletedTestHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type CrRcListQueryVariables = Exact<{
  fa: string | number;
}>;


export type CrRcListQuery = { treasuryReceivedCredits: { nodes: Array<{ id: string, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null }> }, treasuryFinancialAccount: { receivedCredits: { nodes: Array<{ id: string, reversalDetails: { restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null }> } } | null };

export type CrGetQueryVariables = Exact<{
  id: string | number;
}>;


export type CrGetQuery = { treasuryCreditReversal: { id: string, status: TreasuryCreditReversalStatus, statusTransitions: { postedAt: string | null }, transaction: { status: TreasuryTransactionStatus, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } | null } | null };

export type CrEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CrEventsSubscription = { events: { type: string, created: string, request: { id: string | null } | null, data: { object: Record<string, unknown>, previousAttributes: Record<string, unknown> | null } } };

export type CrRcUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type CrRcUpdatedSubscription = { treasuryReceivedCreditUpdated: { id: string, linkedFlows: { creditReversal: { id: string } | null }, reversalDetails: { restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null } };

export type DrDebitMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedDebitInput;
}>;


export type DrDebitMutation = { testHelpersCreateTreasuryReceivedDebit: { treasuryReceivedDebit: { id: string, status: TreasuryReceivedDebitStatus, reversalDetails: { deadline: string | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type DrCreateMutationVariables = Exact<{
  input: CreateTreasuryDebitReversalInput;
}>;


export type DrCreateMutation = { createTreasuryDebitReversal: { treasuryDebitReversal: { id: string, object: string, status: TreasuryDebitReversalStatus, amount: number, currency: string, network: TreasuryDebitReversalNetwork, metadata: Record<string, unknown>, livemode: boolean, financialAccount: { id: string } | null, linkedFlows: { issuingDispute: string | null } | null, receivedDebit: { id: string, linkedFlows: { debitReversal: { id: string } | null }, reversalDetails: { restrictedReason: TreasuryReceivedDebitReversalDetailsRestrictedReason | null } | null }, statusTransitions: { completedAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal', id: string }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type DrGetRdQueryVariables = Exact<{
  id: string | number;
}>;


export type DrGetRdQuery = { treasuryReceivedDebit: { id: string, linkedFlows: { debitReversal: { id: string, status: TreasuryDebitReversalStatus } | null }, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedDebitReversalDetailsRestrictedReason | null } | null } | null };

export type DrListQueryVariables = Exact<{
  fa: string | number;
  receivedDebit?: string | number | null | undefined;
  resolution?: TreasuryDebitReversalListResolution | null | undefined;
  status?: TreasuryDebitReversalListStatus | null | undefined;
}>;


export type DrListQuery = { treasuryDebitReversals: { nodes: Array<{ id: string, status: TreasuryDebitReversalStatus }> }, treasuryFinancialAccount: { debitReversals: { nodes: Array<{ id: string }> } } | null };

export type DrGetQueryVariables = Exact<{
  id: string | number;
}>;


export type DrGetQuery = { treasuryDebitReversal: { id: string, status: TreasuryDebitReversalStatus } | null, node:
    | { __typename: 'ClimateOrder', id: string }
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'EntitlementsActiveEntitlement', id: string }
    | { __typename: 'EntitlementsFeature', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'PaymentMethod', id: string }
    | { __typename: 'Price', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductFeature', id: string }
    | { __typename: 'TaxCalculation', id: string }
    | { __typename: 'TaxRegistration', id: string }
    | { __typename: 'TaxTransaction', id: string }
    | { __typename: 'TestHelpersTestClock', id: string }
    | { __typename: 'TreasuryCreditReversal', id: string }
    | { __typename: 'TreasuryDebitReversal', id: string }
    | { __typename: 'TreasuryFinancialAccount', id: string }
    | { __typename: 'TreasuryInboundTransfer', id: string }
    | { __typename: 'TreasuryOutboundPayment', id: string }
    | { __typename: 'TreasuryOutboundTransfer', id: string }
    | { __typename: 'TreasuryReceivedCredit', id: string }
    | { __typename: 'TreasuryReceivedDebit', id: string }
    | { __typename: 'TreasuryTransaction', id: string }
    | { __typename: 'TreasuryTransactionEntry', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type DrReadQueryVariables = Exact<{
  id: string | number;
}>;


export type DrReadQuery = { treasuryDebitReversal: { id: string, status: TreasuryDebitReversalStatus, statusTransitions: { completedAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number } }> } } | null } | null };

export type DrTypeInfoQueryVariables = Exact<{
  name: string;
}>;


export type DrTypeInfoQuery = { __type: { fields: Array<{ name: string }> | null, enumValues: Array<{ name: string }> | null } | null };

export type DrUpdateFaMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type DrUpdateFaMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type DrClockCreateMutationVariables = Exact<{
  input: CreateTestHelpersTestClockInput;
}>;


export type DrClockCreateMutation = { createTestHelpersTestClock: { testHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type DrClockAdvanceMutationVariables = Exact<{
  input: AdvanceTestHelpersTestClockInput;
}>;


export type DrClockAdvanceMutation = { advanceTestHelpersTestClock: { testHelpersTestClock: { status: TestHelpersTestClockStatus, frozenTime: string } | null, userErrors: Array<{ code: string }> } };

export type DrEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type DrEventsQuery = { events: { nodes: Array<{ type: string, data: { object: Record<string, unknown>, previousAttributes: Record<string, unknown> | null } }> } };

export type DrRdUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DrRdUpdatedSubscription = { treasuryReceivedDebitUpdated: { id: string, linkedFlows: { debitReversal: { id: string } | null }, reversalDetails: { restrictedReason: TreasuryReceivedDebitReversalDetailsRestrictedReason | null } | null } };

export type CreateFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type CreateFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, metadata: Record<string, unknown> | null, activeFeatures: Array<TreasuryFinancialAccountFeature> | null, pendingFeatures: Array<TreasuryFinancialAccountFeature> | null, restrictedFeatures: Array<TreasuryFinancialAccountFeature> | null, supportedCurrencies: Array<string>, livemode: boolean, country: string, balance: { cash: Array<{ amount: number, currency: string }>, outboundPending: Array<{ amount: number, currency: string }>, inboundPending: Array<{ amount: number, currency: string }> }, features: { outboundTransfers: { ach: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus, statusDetails: Array<{ code: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailCode, resolution: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailResolution | null, restriction: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailRestriction | null }> } | null } | null, financialAddresses: { aba: { status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null } | null, financialAddresses: Array<{ type: TreasuryFinancialAccountFinancialAddressType, supportedNetworks: Array<TreasuryFinancialAccountFinancialAddressSupportedNetworks> | null, aba: { routingNumber: string, accountNumberLast4: string, bankName: string } | null }>, platformRestrictions: { inboundFlows: TreasuryFinancialAccountPlatformRestriction | null, outboundFlows: TreasuryFinancialAccountPlatformRestriction | null } | null, statusDetails: { closed: { reasons: Array<TreasuryFinancialAccountStatusDetailsClosedReasons> } | null } } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type GetFaQueryVariables = Exact<{
  id: string | number;
}>;


export type GetFaQuery = { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, metadata: Record<string, unknown> | null, activeFeatures: Array<TreasuryFinancialAccountFeature> | null, pendingFeatures: Array<TreasuryFinancialAccountFeature> | null, restrictedFeatures: Array<TreasuryFinancialAccountFeature> | null, statusDetails: { closed: { reasons: Array<TreasuryFinancialAccountStatusDetailsClosedReasons> } | null } } | null };

export type UpdateFaMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type UpdateFaMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, nickname: string | null, metadata: Record<string, unknown> | null, activeFeatures: Array<TreasuryFinancialAccountFeature> | null, restrictedFeatures: Array<TreasuryFinancialAccountFeature> | null, features: { outboundTransfers: { ach: { status: TreasuryFinancialAccountFeaturesCardIssuingStatus, statusDetails: Array<{ code: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailCode, restriction: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailRestriction | null, resolution: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailResolution | null }> } | null } | null } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type UpdateFaFeaturesMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountFeaturesInput;
}>;


export type UpdateFaFeaturesMutation = { updateTreasuryFinancialAccountFeatures: { treasuryFinancialAccountFeatures: { cardIssuing: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null, outboundTransfers: { ach: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus, statusDetails: Array<{ code: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailCode }> } | null } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type GetFaFeaturesQueryVariables = Exact<{
  id: string | number;
}>;


export type GetFaFeaturesQuery = { treasuryFinancialAccountFeatures: { cardIssuing: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null };

export type CloseFaMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type CloseFaMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus, restrictedFeatures: Array<TreasuryFinancialAccountFeature> | null, activeFeatures: Array<TreasuryFinancialAccountFeature> | null, statusDetails: { closed: { reasons: Array<TreasuryFinancialAccountStatusDetailsClosedReasons> } | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type FaClockMutationVariables = Exact<{
  input: CreateTestHelpersTestClockInput;
}>;


export type FaClockMutation = { createTestHelpersTestClock: { testHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type FaClockAdvanceMutationVariables = Exact<{
  input: AdvanceTestHelpersTestClockInput;
}>;


export type FaClockAdvanceMutation = { advanceTestHelpersTestClock: { testHelpersTestClock: { id: string, status: TestHelpersTestClockStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type ListFaQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  status?: TreasuryFinancialAccountStatus | null | undefined;
}>;


export type ListFaQuery = { treasuryFinancialAccounts: { edges: Array<{ cursor: string, node: { id: string } }>, nodes: Array<{ id: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type FaEventsQueryVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type FaEventsQuery = { events: { nodes: Array<{ id: string, type: string, data: { object: Record<string, unknown>, previousAttributes: Record<string, unknown> | null }, request: { id: string | null, idempotencyKey: string | null } | null }> } };

export type FaUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type FaUpdatedSubscription = { treasuryFinancialAccountUpdated: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, activeFeatures: Array<TreasuryFinancialAccountFeature> | null } };

export type FaEventStreamSubscriptionVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type FaEventStreamSubscription = { events: { id: string, type: string, data: { object: Record<string, unknown> } } };

export type IbtCreateMutationVariables = Exact<{
  input: CreateTreasuryInboundTransferInput;
}>;


export type IbtCreateMutation = { createTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, description: string | null, metadata: Record<string, unknown>, returned: boolean | null, hostedRegulatoryReceiptUrl: string | null, failureDetails: { code: TreasuryInboundTransferFailureCode } | null, linkedFlows: { receivedDebit: { id: string } | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, description: string, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } | null, statusTransitions: { canceledAt: string | null, failedAt: string | null, succeededAt: string | null }, originPaymentMethod: { id: string } | null, originPaymentMethodDetails: { type: TreasuryInboundTransferOriginPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryInboundTransferOriginPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null, accountHolderType: TreasuryInboundTransferOriginPaymentMethodDetailsUsBankAccountAccountHolderType | null } | null, billingDetails: { name: string | null } } | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type IbtSucceedMutationVariables = Exact<{
  input: TestHelpersSucceedTreasuryInboundTransferInput;
}>;


export type IbtSucceedMutation = { testHelpersSucceedTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus, cancelable: boolean, returned: boolean | null, statusTransitions: { succeededAt: string | null, failedAt: string | null, canceledAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, description: string, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer', id: string }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IbtFailMutationVariables = Exact<{
  input: TestHelpersFailTreasuryInboundTransferInput;
}>;


export type IbtFailMutation = { testHelpersFailTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus, cancelable: boolean, failureDetails: { code: TreasuryInboundTransferFailureCode } | null, statusTransitions: { failedAt: string | null, succeededAt: string | null, canceledAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, description: string, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IbtCancelMutationVariables = Exact<{
  input: CancelTreasuryInboundTransferInput;
}>;


export type IbtCancelMutation = { cancelTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus, cancelable: boolean, failureDetails: { code: TreasuryInboundTransferFailureCode } | null, statusTransitions: { canceledAt: string | null, failedAt: string | null, succeededAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, description: string, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IbtReturnMutationVariables = Exact<{
  input: TestHelpersReturnTreasuryInboundTransferInput;
}>;


export type IbtReturnMutation = { testHelpersReturnTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus, returned: boolean | null, cancelable: boolean, failureDetails: { code: TreasuryInboundTransferFailureCode } | null, transaction: { id: string, status: TreasuryTransactionStatus } | null, linkedFlows: { receivedDebit: { id: string, status: TreasuryReceivedDebitStatus, amount: number, network: TreasuryReceivedDebitNetwork, failureCode: TreasuryReceivedDebitFailureCode | null, financialAccount: { id: string } | null, linkedFlows: { inboundTransfer: { id: string, returned: boolean | null } | null }, initiatingPaymentMethodDetails: { type: TreasuryReceivedDebitInitiatingPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } | null } | null } } | null, userErrors: Array<{ code: string, message: string }> } };

export type IbtFaTransactionsQueryVariables = Exact<{
  id: string | number;
}>;


export type IbtFaTransactionsQuery = { treasuryFinancialAccount: { transactions: { nodes: Array<{ id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, description: string, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer', id: string, returned: boolean | null }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } }> } } | null };

export type IbtListQueryVariables = Exact<{
  fa: string | number;
  status?: TreasuryInboundTransferStatus | null | undefined;
}>;


export type IbtListQuery = { treasuryInboundTransfers: { nodes: Array<{ id: string, status: TreasuryInboundTransferStatus }> }, treasuryFinancialAccount: { inboundTransfers: { nodes: Array<{ id: string }> } } | null };

export type IbtGetQueryVariables = Exact<{
  id: string | number;
}>;


export type IbtGetQuery = { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus, financialAccount: { id: string } } | null, node:
    | { __typename: 'ClimateOrder', id: string }
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'EntitlementsActiveEntitlement', id: string }
    | { __typename: 'EntitlementsFeature', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'PaymentMethod', id: string }
    | { __typename: 'Price', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductFeature', id: string }
    | { __typename: 'TaxCalculation', id: string }
    | { __typename: 'TaxRegistration', id: string }
    | { __typename: 'TaxTransaction', id: string }
    | { __typename: 'TestHelpersTestClock', id: string }
    | { __typename: 'TreasuryCreditReversal', id: string }
    | { __typename: 'TreasuryDebitReversal', id: string }
    | { __typename: 'TreasuryFinancialAccount', id: string }
    | { __typename: 'TreasuryInboundTransfer', id: string }
    | { __typename: 'TreasuryOutboundPayment', id: string }
    | { __typename: 'TreasuryOutboundTransfer', id: string }
    | { __typename: 'TreasuryReceivedCredit', id: string }
    | { __typename: 'TreasuryReceivedDebit', id: string }
    | { __typename: 'TreasuryTransaction', id: string }
    | { __typename: 'TreasuryTransactionEntry', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type IbtEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type IbtEventsQuery = { events: { nodes: Array<{ type: string, data: { object: Record<string, unknown>, previousAttributes: Record<string, unknown> | null } }> } };

export type IbtEventStreamSubscriptionVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type IbtEventStreamSubscription = { events: { type: string, data: { object: Record<string, unknown> } } };

export type IbtUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type IbtUpdatedSubscription = { treasuryInboundTransferUpdated: { id: string, status: TreasuryInboundTransferStatus, returned: boolean | null, linkedFlows: { receivedDebit: { id: string } | null }, transaction: { id: string } | null } };

export type IbtNewFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type IbtNewFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type IbtCloseFaMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type IbtCloseFaMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IbtObtCreateMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type IbtObtCreateMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type ObpFieldsFragment = { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
      | { __typename: 'TreasuryCreditReversal' }
      | { __typename: 'TreasuryDebitReversal' }
      | { __typename: 'TreasuryInboundTransfer' }
      | { __typename: 'TreasuryOutboundPayment', id: string }
      | { __typename: 'TreasuryOutboundTransfer' }
      | { __typename: 'TreasuryReceivedCredit' }
      | { __typename: 'TreasuryReceivedDebit' }
     | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } };

export type ObpCreateMutationVariables = Exact<{
  input: CreateTreasuryOutboundPaymentInput;
}>;


export type ObpCreateMutation = { createTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type ObpPostMutationVariables = Exact<{
  input: TestHelpersPostTreasuryOutboundPaymentInput;
}>;


export type ObpPostMutation = { testHelpersPostTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ObpFailMutationVariables = Exact<{
  input: TestHelpersFailTreasuryOutboundPaymentInput;
}>;


export type ObpFailMutation = { testHelpersFailTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ObpCancelMutationVariables = Exact<{
  input: CancelTreasuryOutboundPaymentInput;
}>;


export type ObpCancelMutation = { cancelTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ObpReturnMutationVariables = Exact<{
  input: TestHelpersReturnTreasuryOutboundPaymentInput;
}>;


export type ObpReturnMutation = { testHelpersReturnTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ObpTrackMutationVariables = Exact<{
  input: TestHelpersUpdateTreasuryOutboundPaymentInput;
}>;


export type ObpTrackMutation = { testHelpersUpdateTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ObpRetrieveQueryVariables = Exact<{
  id: string | number;
}>;


export type ObpRetrieveQuery = { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, created: string, metadata: Record<string, unknown>, customer: { id: string } | null, financialAccount: { id: string }, destinationPaymentMethod: { id: string, customer: { id: string } | null, usBankAccount: { last4: string | null, routingNumber: string | null } | null } | null, destinationPaymentMethodDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, financialAccount: { id: string, network: TreasuryOutboundPaymentDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } | null, endUserDetails: { present: boolean, ipAddress: string | null } | null, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundPaymentReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, trackingDetails: { type: TreasuryOutboundPaymentDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null, usDomesticWire: { imad: string | null } | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null, voidAt: string | null }, flow:
        | { __typename: 'TreasuryCreditReversal' }
        | { __typename: 'TreasuryDebitReversal' }
        | { __typename: 'TreasuryInboundTransfer' }
        | { __typename: 'TreasuryOutboundPayment', id: string }
        | { __typename: 'TreasuryOutboundTransfer' }
        | { __typename: 'TreasuryReceivedCredit' }
        | { __typename: 'TreasuryReceivedDebit' }
       | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, node:
    | { __typename: 'ClimateOrder', id: string }
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'EntitlementsActiveEntitlement', id: string }
    | { __typename: 'EntitlementsFeature', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'PaymentMethod', id: string }
    | { __typename: 'Price', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductFeature', id: string }
    | { __typename: 'TaxCalculation', id: string }
    | { __typename: 'TaxRegistration', id: string }
    | { __typename: 'TaxTransaction', id: string }
    | { __typename: 'TestHelpersTestClock', id: string }
    | { __typename: 'TreasuryCreditReversal', id: string }
    | { __typename: 'TreasuryDebitReversal', id: string }
    | { __typename: 'TreasuryFinancialAccount', id: string }
    | { __typename: 'TreasuryInboundTransfer', id: string }
    | { __typename: 'TreasuryOutboundPayment', id: string }
    | { __typename: 'TreasuryOutboundTransfer', id: string }
    | { __typename: 'TreasuryReceivedCredit', id: string }
    | { __typename: 'TreasuryReceivedDebit', id: string }
    | { __typename: 'TreasuryTransaction', id: string }
    | { __typename: 'TreasuryTransactionEntry', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type ObpListQueryVariables = Exact<{
  fa: string | number;
  customer?: string | number | null | undefined;
  status?: TreasuryOutboundPaymentStatus | null | undefined;
  created?: DateTimeRange | null | undefined;
}>;


export type ObpListQuery = { treasuryOutboundPayments: { nodes: Array<{ id: string, status: TreasuryOutboundPaymentStatus }>, pageInfo: { hasNextPage: boolean } }, treasuryFinancialAccount: { outboundPayments: { nodes: Array<{ id: string }> } } | null };

export type ObpCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type ObpCustomerMutation = { createCustomer: { customer: { id: string } | null, userErrors: Array<{ code: string }> } };

export type ObpReceiverCreditsQueryVariables = Exact<{
  fa: string | number;
}>;


export type ObpReceiverCreditsQuery = { treasuryReceivedCredits: { nodes: Array<{ status: TreasuryReceivedCreditStatus, amount: number, network: TreasuryReceivedCreditNetwork, initiatingPaymentMethodDetails: { type: TreasuryReceivedCreditInitiatingPaymentMethodDetailsType, financialAccount: { id: string, network: TreasuryReceivedCreditInitiatingPaymentMethodDetailsFinancialAccountNetwork } | null }, linkedFlows: { sourceFlowType: string | null, sourceFlow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null }, transaction: { status: TreasuryTransactionStatus, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } } | null }> } };

export type ObpEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ObpEventsQuery = { events: { nodes: Array<{ type: string, data: { object: Record<string, unknown> } }> } };

export type ObpReceiptQueryVariables = Exact<{
  id: string | number;
}>;


export type ObpReceiptQuery = { treasuryOutboundPayment: { hostedRegulatoryReceiptUrl: string | null, transaction: { description: string } } | null };

export type ObpEventsJsonQueryVariables = Exact<{ [key: string]: never; }>;


export type ObpEventsJsonQuery = { events: { nodes: Array<{ type: string, data: { object: Record<string, unknown> } }> } };

export type ObpClockCreateMutationVariables = Exact<{
  input: CreateTestHelpersTestClockInput;
}>;


export type ObpClockCreateMutation = { createTestHelpersTestClock: { testHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type ObpClockAdvanceMutationVariables = Exact<{
  input: AdvanceTestHelpersTestClockInput;
}>;


export type ObpClockAdvanceMutation = { advanceTestHelpersTestClock: { testHelpersTestClock: { status: TestHelpersTestClockStatus, frozenTime: string } | null, userErrors: Array<{ code: string }> } };

export type ObpClockDeleteMutationVariables = Exact<{
  input: DeleteTestHelpersTestClockInput;
}>;


export type ObpClockDeleteMutation = { deleteTestHelpersTestClock: { deletedTestHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type ObpUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ObpUpdatedSubscription = { treasuryOutboundPaymentUpdated: { id: string, status: TreasuryOutboundPaymentStatus, cancelable: boolean, statusTransitions: { postedAt: string | null, returnedAt: string | null } } };

export type ObpEventStreamSubscriptionVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type ObpEventStreamSubscription = { events: { type: string, data: { object: Record<string, unknown> } } };

export type ObtCreateMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type ObtCreateMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, amount: number, currency: string, cancelable: boolean, statementDescriptor: string, expectedArrivalDate: string, statusTransitions: { postedAt: string | null, failedAt: string | null, canceledAt: string | null, returnedAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } }, destinationPaymentMethodDetails: { type: TreasuryOutboundTransferDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, routingNumber: string | null, network: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork, bankName: string | null } | null, billingDetails: { name: string | null } } } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type ObtPostMutationVariables = Exact<{
  input: TestHelpersPostTreasuryOutboundTransferInput;
}>;


export type ObtPostMutation = { testHelpersPostTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, cancelable: boolean, statusTransitions: { postedAt: string | null }, transaction: { status: TreasuryTransactionStatus, statusTransitions: { postedAt: string | null }, balanceImpact: { cash: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, outboundPending: number } }> } } } | null, userErrors: Array<{ code: string, message: string }> } };

export type ObtFailMutationVariables = Exact<{
  input: TestHelpersFailTreasuryOutboundTransferInput;
}>;


export type ObtFailMutation = { testHelpersFailTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, statusTransitions: { failedAt: string | null }, transaction: { status: TreasuryTransactionStatus, statusTransitions: { voidAt: string | null }, balanceImpact: { cash: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } } | null, userErrors: Array<{ code: string, message: string }> } };

export type ObtCancelMutationVariables = Exact<{
  input: CancelTreasuryOutboundTransferInput;
}>;


export type ObtCancelMutation = { cancelTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, cancelable: boolean, statusTransitions: { canceledAt: string | null }, transaction: { status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } } | null, userErrors: Array<{ code: string, message: string }> } };

export type ObtReturnMutationVariables = Exact<{
  input: TestHelpersReturnTreasuryOutboundTransferInput;
}>;


export type ObtReturnMutation = { testHelpersReturnTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, statusTransitions: { postedAt: string | null, returnedAt: string | null }, returnedDetails: { code: TreasuryOutboundTransferReturnedDetailsCode, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } } | null, transaction: { status: TreasuryTransactionStatus } } | null, userErrors: Array<{ code: string, message: string }> } };

export type ObtTrackMutationVariables = Exact<{
  input: TestHelpersUpdateTreasuryOutboundTransferInput;
}>;


export type ObtTrackMutation = { testHelpersUpdateTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, trackingDetails: { type: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork, ach: { traceId: string } | null } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ObtCreateFullMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type ObtCreateFullMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, cancelable: boolean, statusTransitions: { postedAt: string | null, failedAt: string | null }, transaction: { description: string, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number } }, destinationPaymentMethodDetails: { type: TreasuryOutboundTransferDestinationPaymentMethodDetailsType, financialAccount: { id: string, network: TreasuryOutboundTransferDestinationPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null, address: { line1: string | null, city: string | null, postalCode: string | null, country: string | null } }, usBankAccount: { network: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork } | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ObtReceivedQueryVariables = Exact<{
  fa: string | number;
}>;


export type ObtReceivedQuery = { treasuryReceivedCredits: { nodes: Array<{ id: string, amount: number, status: TreasuryReceivedCreditStatus, network: TreasuryReceivedCreditNetwork }> } };

export type ObtEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ObtEventsQuery = { events: { nodes: Array<{ type: string, data: { object: Record<string, unknown> } }> } };

export type ObtUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ObtUpdatedSubscription = { treasuryOutboundTransferUpdated: { id: string, status: TreasuryOutboundTransferStatus, statusTransitions: { postedAt: string | null, returnedAt: string | null } } };

export type ObtCancelableQueryVariables = Exact<{
  id: string | number;
}>;


export type ObtCancelableQuery = { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, cancelable: boolean, created: string } | null };

export type ObtClockCreateMutationVariables = Exact<{
  input: CreateTestHelpersTestClockInput;
}>;


export type ObtClockCreateMutation = { createTestHelpersTestClock: { testHelpersTestClock: { id: string } | null, userErrors: Array<{ code: string }> } };

export type ObtClockAdvanceMutationVariables = Exact<{
  input: AdvanceTestHelpersTestClockInput;
}>;


export type ObtClockAdvanceMutation = { advanceTestHelpersTestClock: { testHelpersTestClock: { status: TestHelpersTestClockStatus } | null, userErrors: Array<{ code: string }> } };

export type RcCreateMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedCreditInput;
}>;


export type RcCreateMutation = { testHelpersCreateTreasuryReceivedCredit: { treasuryReceivedCredit: { id: string, object: string, status: TreasuryReceivedCreditStatus, failureCode: TreasuryReceivedCreditFailureCode | null, amount: number, currency: string, description: string, network: TreasuryReceivedCreditNetwork, livemode: boolean, financialAccount: { id: string } | null, initiatingPaymentMethodDetails: { type: TreasuryReceivedCreditInitiatingPaymentMethodDetailsType, billingDetails: { name: string | null, email: string | null, address: { line1: string | null } }, usBankAccount: { bankName: string | null, last4: string | null, routingNumber: string | null } | null, financialAccount: { id: string, network: TreasuryReceivedCreditInitiatingPaymentMethodDetailsFinancialAccountNetwork } | null }, linkedFlows: { issuingAuthorization: string | null, issuingTransaction: string | null, sourceFlowType: string | null, creditReversal: { id: string } | null, sourceFlow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, sourceFlowDetails: { type: TreasuryReceivedCreditLinkedFlowsSourceFlowDetailsType } | null }, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit', id: string }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type RcReadQueryVariables = Exact<{
  id: string | number;
}>;


export type RcReadQuery = { treasuryReceivedCredit: { id: string, status: TreasuryReceivedCreditStatus, failureCode: TreasuryReceivedCreditFailureCode | null, network: TreasuryReceivedCreditNetwork, initiatingPaymentMethodDetails: { type: TreasuryReceivedCreditInitiatingPaymentMethodDetailsType, usBankAccount: { last4: string | null } | null }, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null, transaction: { id: string, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } | null } | null };

export type RcGetQueryVariables = Exact<{
  id: string | number;
}>;


export type RcGetQuery = { treasuryReceivedCredit: { id: string, status: TreasuryReceivedCreditStatus, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null, linkedFlows: { sourceFlowType: string | null, sourceFlow:
        | { __typename: 'TreasuryCreditReversal' }
        | { __typename: 'TreasuryDebitReversal' }
        | { __typename: 'TreasuryInboundTransfer' }
        | { __typename: 'TreasuryOutboundPayment' }
        | { __typename: 'TreasuryOutboundTransfer' }
        | { __typename: 'TreasuryReceivedCredit' }
        | { __typename: 'TreasuryReceivedDebit' }
       | null, sourceFlowDetails: { type: TreasuryReceivedCreditLinkedFlowsSourceFlowDetailsType, payout: string | null, creditReversal: { id: string } | null, outboundPayment: { id: string } | null, outboundTransfer: { id: string } | null } | null } } | null, node:
    | { __typename: 'ClimateOrder', id: string }
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'EntitlementsActiveEntitlement', id: string }
    | { __typename: 'EntitlementsFeature', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'PaymentMethod', id: string }
    | { __typename: 'Price', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductFeature', id: string }
    | { __typename: 'TaxCalculation', id: string }
    | { __typename: 'TaxRegistration', id: string }
    | { __typename: 'TaxTransaction', id: string }
    | { __typename: 'TestHelpersTestClock', id: string }
    | { __typename: 'TreasuryCreditReversal', id: string }
    | { __typename: 'TreasuryDebitReversal', id: string }
    | { __typename: 'TreasuryFinancialAccount', id: string }
    | { __typename: 'TreasuryInboundTransfer', id: string }
    | { __typename: 'TreasuryOutboundPayment', id: string }
    | { __typename: 'TreasuryOutboundTransfer', id: string }
    | { __typename: 'TreasuryReceivedCredit', id: string }
    | { __typename: 'TreasuryReceivedDebit', id: string }
    | { __typename: 'TreasuryTransaction', id: string }
    | { __typename: 'TreasuryTransactionEntry', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type RcListQueryVariables = Exact<{
  fa: string | number;
  status?: TreasuryReceivedCreditStatus | null | undefined;
  linkedFlows?: TreasuryReceivedCreditListLinkedFlowsInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RcListQuery = { treasuryReceivedCredits: { nodes: Array<{ id: string, status: TreasuryReceivedCreditStatus }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, treasuryFinancialAccount: { receivedCredits: { nodes: Array<{ id: string }> } } | null };

export type RcUpdateFaMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type RcUpdateFaMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type RcCloseFaMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type RcCloseFaMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type RcNetworkEnumQueryVariables = Exact<{
  name: string;
}>;


export type RcNetworkEnumQuery = { __type: { enumValues: Array<{ name: string }> | null } | null };

export type RcTypeFieldsQueryVariables = Exact<{
  name: string;
}>;


export type RcTypeFieldsQuery = { __type: { fields: Array<{ name: string, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } }> | null } | null };

export type RcReadDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RcReadDetailsQuery = { treasuryReceivedCredit: { initiatingPaymentMethodDetails: { type: TreasuryReceivedCreditInitiatingPaymentMethodDetailsType, balance: TreasuryReceivedCreditInitiatingPaymentMethodDetailsBalance | null, financialAccount: { id: string, network: TreasuryReceivedCreditInitiatingPaymentMethodDetailsFinancialAccountNetwork } | null, billingDetails: { name: string | null } } } | null };

export type RcEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type RcEventsQuery = { events: { nodes: Array<{ type: string, data: { object: Record<string, unknown> } }> } };

export type RdCreateMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedDebitInput;
}>;


export type RdCreateMutation = { testHelpersCreateTreasuryReceivedDebit: { treasuryReceivedDebit: { id: string, object: string, status: TreasuryReceivedDebitStatus, failureCode: TreasuryReceivedDebitFailureCode | null, amount: number, currency: string, description: string, network: TreasuryReceivedDebitNetwork, financialAccount: { id: string } | null, initiatingPaymentMethodDetails: { type: TreasuryReceivedDebitInitiatingPaymentMethodDetailsType, billingDetails: { name: string | null }, usBankAccount: { bankName: string | null, last4: string | null, routingNumber: string | null } | null } | null, linkedFlows: { issuingAuthorization: string | null, issuingTransaction: string | null, payout: string | null, topup: string | null, debitReversal: { id: string } | null, inboundTransfer: { id: string } | null }, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedDebitReversalDetailsRestrictedReason | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, flow:
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit', id: string }
         | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type RdGetQueryVariables = Exact<{
  id: string | number;
}>;


export type RdGetQuery = { treasuryReceivedDebit: { id: string, status: TreasuryReceivedDebitStatus, failureCode: TreasuryReceivedDebitFailureCode | null, network: TreasuryReceivedDebitNetwork, transaction: { id: string } | null, initiatingPaymentMethodDetails: { type: TreasuryReceivedDebitInitiatingPaymentMethodDetailsType } | null, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedDebitReversalDetailsRestrictedReason | null } | null, linkedFlows: { inboundTransfer: { id: string } | null } } | null, node:
    | { __typename: 'ClimateOrder', id: string }
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'EntitlementsActiveEntitlement', id: string }
    | { __typename: 'EntitlementsFeature', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'PaymentMethod', id: string }
    | { __typename: 'Price', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'ProductFeature', id: string }
    | { __typename: 'TaxCalculation', id: string }
    | { __typename: 'TaxRegistration', id: string }
    | { __typename: 'TaxTransaction', id: string }
    | { __typename: 'TestHelpersTestClock', id: string }
    | { __typename: 'TreasuryCreditReversal', id: string }
    | { __typename: 'TreasuryDebitReversal', id: string }
    | { __typename: 'TreasuryFinancialAccount', id: string }
    | { __typename: 'TreasuryInboundTransfer', id: string }
    | { __typename: 'TreasuryOutboundPayment', id: string }
    | { __typename: 'TreasuryOutboundTransfer', id: string }
    | { __typename: 'TreasuryReceivedCredit', id: string }
    | { __typename: 'TreasuryReceivedDebit', id: string }
    | { __typename: 'TreasuryTransaction', id: string }
    | { __typename: 'TreasuryTransactionEntry', id: string }
    | { __typename: 'WebhookEndpoint', id: string }
   | null };

export type RdListQueryVariables = Exact<{
  fa: string | number;
  status?: TreasuryReceivedDebitStatus | null | undefined;
}>;


export type RdListQuery = { treasuryReceivedDebits: { nodes: Array<{ id: string, status: TreasuryReceivedDebitStatus, failureCode: TreasuryReceivedDebitFailureCode | null }> }, treasuryFinancialAccount: { receivedDebits: { nodes: Array<{ id: string }> } } | null };

export type RdUpdateFaMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type RdUpdateFaMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type RdCloseFaMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type RdCloseFaMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type RdNetworkEnumQueryVariables = Exact<{
  name: string;
}>;


export type RdNetworkEnumQuery = { __type: { enumValues: Array<{ name: string }> | null } | null };

export type MagicCreateObtMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type MagicCreateObtMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, expectedArrivalDate: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type MagicCreateObpMutationVariables = Exact<{
  input: CreateTreasuryOutboundPaymentInput;
}>;


export type MagicCreateObpMutation = { createTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, expectedArrivalDate: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type MagicCreateIbtMutationVariables = Exact<{
  input: CreateTreasuryInboundTransferInput;
}>;


export type MagicCreateIbtMutation = { createTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type MagicObtQueryVariables = Exact<{
  id: string | number;
}>;


export type MagicObtQuery = { treasuryOutboundTransfer: { status: TreasuryOutboundTransferStatus, transaction: { status: TreasuryTransactionStatus }, returnedDetails: { code: TreasuryOutboundTransferReturnedDetailsCode, transaction: { status: TreasuryTransactionStatus, amount: number } } | null } | null };

export type MagicIbtQueryVariables = Exact<{
  id: string | number;
}>;


export type MagicIbtQuery = { treasuryInboundTransfer: { status: TreasuryInboundTransferStatus, returned: boolean | null, failureDetails: { code: TreasuryInboundTransferFailureCode } | null, transaction: { status: TreasuryTransactionStatus, amount: number } | null, linkedFlows: { receivedDebit: { id: string, amount: number, status: TreasuryReceivedDebitStatus } | null } } | null };

export type MagicPmQueryVariables = Exact<{
  id: string | number;
}>;


export type MagicPmQuery = { paymentMethod: { id: string, livemode: boolean, usBankAccount: { last4: string | null, routingNumber: string | null, bankName: string | null } | null } | null };

export type MagicEventsSubscriptionVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type MagicEventsSubscription = { events: { id: string, type: string, request: { id: string | null } | null, data: { object: Record<string, unknown> } } };

export type BadCreateMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type BadCreateMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, metadata: Record<string, unknown> | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type BadUpdateMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type BadUpdateMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, metadata: Record<string, unknown> | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type BadUpdateFeaturesMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountFeaturesInput;
}>;


export type BadUpdateFeaturesMutation = { updateTreasuryFinancialAccountFeatures: { treasuryFinancialAccountFeatures: { object: TreasuryFinancialAccountFeaturesObject } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type BadCloseMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type BadCloseMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type BadRetrieveQueryVariables = Exact<{
  id: string | number;
}>;


export type BadRetrieveQuery = { treasuryFinancialAccount: { id: string } | null, treasuryFinancialAccountFeatures: { object: TreasuryFinancialAccountFeaturesObject } | null, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type BadListFasQueryVariables = Exact<{
  first?: number | null | undefined;
  last?: number | null | undefined;
  after?: string | null | undefined;
  before?: string | null | undefined;
  status?: TreasuryFinancialAccountStatus | null | undefined;
}>;


export type BadListFasQuery = { treasuryFinancialAccounts: { nodes: Array<{ id: string }>, pageInfo: { endCursor: string | null } } };

export type BadListEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  type?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type BadListEventsQuery = { events: { nodes: Array<{ id: string }>, pageInfo: { endCursor: string | null } } };

export type BadNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type BadNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type BadUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type BadUpdatedSubscription = { treasuryFinancialAccountUpdated: { id: string } };

export type BadLatestEventQueryVariables = Exact<{ [key: string]: never; }>;


export type BadLatestEventQuery = { events: { nodes: Array<{ id: string }> } };

export type BadEventTypesSubscriptionVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type BadEventTypesSubscription = { events: { id: string } };

export type ResumeCreateMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type ResumeCreateMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ResumeUpdateFeaturesMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountFeaturesInput;
}>;


export type ResumeUpdateFeaturesMutation = { updateTreasuryFinancialAccountFeatures: { treasuryFinancialAccountFeatures: { object: TreasuryFinancialAccountFeaturesObject } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ResumeCloseMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type ResumeCloseMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ResumeStreamSubscriptionVariables = Exact<{
  types?: Array<string> | string | null | undefined;
  after?: string | number | null | undefined;
}>;


export type ResumeStreamSubscription = { events: { id: string, type: string, data: { object: Record<string, unknown> } } };

export type IdemCreateMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type IdemCreateMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, nickname: string | null, metadata: Record<string, unknown> | null, status: TreasuryFinancialAccountStatus, created: string, livemode: boolean } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type IdemUpdateMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type IdemUpdateMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, nickname: string | null, metadata: Record<string, unknown> | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type IdemUpdateFeaturesMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountFeaturesInput;
}>;


export type IdemUpdateFeaturesMutation = { updateTreasuryFinancialAccountFeatures: { treasuryFinancialAccountFeatures: { cardIssuing: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type IdemCloseMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type IdemCloseMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus } | null, userErrors: Array<{ code: string, type: string, message: string, field: Array<string> | null }> } };

export type IdemEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdemEventsQuery = { events: { nodes: Array<{ id: string, type: string, data: { object: Record<string, unknown> }, request: { id: string | null, idempotencyKey: string | null } | null }> } };

export type LedgerObtCreateMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type LedgerObtCreateMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerObtPostMutationVariables = Exact<{
  id: string | number;
}>;


export type LedgerObtPostMutation = { testHelpersPostTreasuryOutboundTransfer: { treasuryOutboundTransfer: { status: TreasuryOutboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerObtFailMutationVariables = Exact<{
  id: string | number;
}>;


export type LedgerObtFailMutation = { testHelpersFailTreasuryOutboundTransfer: { treasuryOutboundTransfer: { status: TreasuryOutboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerObtCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type LedgerObtCancelMutation = { cancelTreasuryOutboundTransfer: { treasuryOutboundTransfer: { status: TreasuryOutboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerObtReturnMutationVariables = Exact<{
  id: string | number;
}>;


export type LedgerObtReturnMutation = { testHelpersReturnTreasuryOutboundTransfer: { treasuryOutboundTransfer: { status: TreasuryOutboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerRcMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedCreditInput;
}>;


export type LedgerRcMutation = { testHelpersCreateTreasuryReceivedCredit: { treasuryReceivedCredit: { id: string, status: TreasuryReceivedCreditStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerRdMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedDebitInput;
}>;


export type LedgerRdMutation = { testHelpersCreateTreasuryReceivedDebit: { treasuryReceivedDebit: { id: string, status: TreasuryReceivedDebitStatus, failureCode: TreasuryReceivedDebitFailureCode | null } | null, userErrors: Array<{ code: string }> } };

export type LedgerPayMutationVariables = Exact<{
  input: CreateTreasuryOutboundPaymentInput;
}>;


export type LedgerPayMutation = { createTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerCreditsQueryVariables = Exact<{
  fa: string | number;
}>;


export type LedgerCreditsQuery = { treasuryReceivedCredits: { nodes: Array<{ id: string, amount: number, status: TreasuryReceivedCreditStatus }> } };

export type LedgerCrMutationVariables = Exact<{
  input: CreateTreasuryCreditReversalInput;
}>;


export type LedgerCrMutation = { createTreasuryCreditReversal: { treasuryCreditReversal: { id: string, status: TreasuryCreditReversalStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerDrMutationVariables = Exact<{
  input: CreateTreasuryDebitReversalInput;
}>;


export type LedgerDrMutation = { createTreasuryDebitReversal: { treasuryDebitReversal: { id: string, status: TreasuryDebitReversalStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerIbtMutationVariables = Exact<{
  input: CreateTreasuryInboundTransferInput;
}>;


export type LedgerIbtMutation = { createTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerIbtSucceedMutationVariables = Exact<{
  id: string | number;
}>;


export type LedgerIbtSucceedMutation = { testHelpersSucceedTreasuryInboundTransfer: { treasuryInboundTransfer: { status: TreasuryInboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type LedgerIbtReturnMutationVariables = Exact<{
  id: string | number;
}>;


export type LedgerIbtReturnMutation = { testHelpersReturnTreasuryInboundTransfer: { treasuryInboundTransfer: { returned: boolean | null } | null, userErrors: Array<{ code: string }> } };

export type DeepFlowPageQueryVariables = Exact<{
  fa: string | number;
  first: number;
}>;


export type DeepFlowPageQuery = { treasuryOutboundTransfers: { nodes: Array<{ id: string, status: TreasuryOutboundTransferStatus, amount: number, financialAccount: { id: string, status: TreasuryFinancialAccountStatus, balance: { cash: Array<{ amount: number }> } }, transaction: { id: string, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number }, entries: { nodes: Array<{ id: string, type: TreasuryTransactionEntryType, balanceImpact: { cash: number, outboundPending: number } }> } } }> } };

export type DeepFlowWidePageQueryVariables = Exact<{
  fa: string | number;
  first: number;
}>;


export type DeepFlowWidePageQuery = { treasuryOutboundTransfers: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, object: string, amount: number, currency: string, created: string, livemode: boolean, status: TreasuryOutboundTransferStatus, metadata: Record<string, unknown>, statementDescriptor: string, description: string | null, cancelable: boolean, expectedArrivalDate: string, hostedRegulatoryReceiptUrl: string | null, statusTransitions: { postedAt: string | null, canceledAt: string | null }, destinationPaymentMethodDetails: { type: TreasuryOutboundTransferDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, network: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork } | null }, destinationPaymentMethod: { id: string, type: PaymentMethodType } | null, financialAccount: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, metadata: Record<string, unknown> | null, supportedCurrencies: Array<string>, balance: { cash: Array<{ amount: number, currency: string }> }, features: { outboundTransfers: { ach: { status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null } | null }, transaction: { id: string, flowType: TreasuryTransactionFlowDetailsType, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number }, flow:
            | { id: string, amount: number }
            | Record<PropertyKey, never>
           | null, entries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: TreasuryTransactionEntryType, effectiveAt: string, transaction: { id: string } } }> } } } }> } };

export type WideObtFragment = { id: string, object: string, amount: number, currency: string, created: string, livemode: boolean, status: TreasuryOutboundTransferStatus, metadata: Record<string, unknown>, statementDescriptor: string, description: string | null, cancelable: boolean, expectedArrivalDate: string, hostedRegulatoryReceiptUrl: string | null, statusTransitions: { postedAt: string | null, canceledAt: string | null }, destinationPaymentMethodDetails: { type: TreasuryOutboundTransferDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, network: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork } | null }, destinationPaymentMethod: { id: string, type: PaymentMethodType } | null, financialAccount: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, metadata: Record<string, unknown> | null, supportedCurrencies: Array<string>, balance: { cash: Array<{ amount: number, currency: string }> }, features: { outboundTransfers: { ach: { status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null } | null }, transaction: { id: string, flowType: TreasuryTransactionFlowDetailsType, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number }, flow:
      | { id: string, amount: number }
      | Record<PropertyKey, never>
     | null, entries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: TreasuryTransactionEntryType, effectiveAt: string, transaction: { id: string } } }> } } };

export type DeepFlowWideNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DeepFlowWideNodesQuery = { nodes: Array<
    | { id: string, object: string, amount: number, currency: string, created: string, livemode: boolean, status: TreasuryOutboundTransferStatus, metadata: Record<string, unknown>, statementDescriptor: string, description: string | null, cancelable: boolean, expectedArrivalDate: string, hostedRegulatoryReceiptUrl: string | null, statusTransitions: { postedAt: string | null, canceledAt: string | null }, destinationPaymentMethodDetails: { type: TreasuryOutboundTransferDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, network: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork } | null }, destinationPaymentMethod: { id: string, type: PaymentMethodType } | null, financialAccount: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, metadata: Record<string, unknown> | null, supportedCurrencies: Array<string>, balance: { cash: Array<{ amount: number, currency: string }> }, features: { outboundTransfers: { ach: { status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null } | null }, transaction: { id: string, flowType: TreasuryTransactionFlowDetailsType, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number }, flow:
          | { id: string, amount: number }
          | Record<PropertyKey, never>
         | null, entries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: TreasuryTransactionEntryType, effectiveAt: string, transaction: { id: string } } }> } } }
    | Record<PropertyKey, never>
   | null> };

export type WideObtByLoadersFragment = { id: string, object: string, amount: number, currency: string, created: string, livemode: boolean, status: TreasuryOutboundTransferStatus, metadata: Record<string, unknown>, statementDescriptor: string, description: string | null, cancelable: boolean, expectedArrivalDate: string, hostedRegulatoryReceiptUrl: string | null, statusTransitions: { postedAt: string | null, canceledAt: string | null }, destinationPaymentMethodDetails: { type: TreasuryOutboundTransferDestinationPaymentMethodDetailsType, usBankAccount: { last4: string | null, network: TreasuryOutboundTransferDestinationPaymentMethodDetailsUsBankAccountNetwork } | null }, destinationPaymentMethod: { id: string, type: PaymentMethodType } | null, financialAccount: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, metadata: Record<string, unknown> | null, supportedCurrencies: Array<string>, balance: { cash: Array<{ amount: number, currency: string }> }, features: { outboundTransfers: { ach: { status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null } | null }, transaction: { id: string, flowType: TreasuryTransactionFlowDetailsType, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number }, flow:
      | { id: string, amount: number }
      | Record<PropertyKey, never>
     | null, entries: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: TreasuryTransactionEntryType, effectiveAt: string, transaction: { id: string } } }> } } };

export type DeepFlowTreeQueryVariables = Exact<{
  fa: string | number;
}>;


export type DeepFlowTreeQuery = { treasuryFinancialAccount: { id: string, outboundTransfers: { nodes: Array<{ id: string, amount: number, transaction: { id: string, entries: { nodes: Array<{ id: string, type: TreasuryTransactionEntryType }> } } }> }, recent: { edges: Array<{ node: { id: string, flowType: TreasuryTransactionFlowDetailsType, entries: { nodes: Array<{ id: string }> } } }> } } | null };

export type DeepFlowPostedOrderQueryVariables = Exact<{
  fa: string | number;
  after?: string | null | undefined;
}>;


export type DeepFlowPostedOrderQuery = { treasuryTransactions: { edges: Array<{ cursor: string, node: { id: string, statusTransitions: { postedAt: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SqlCountFaNicknameMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type SqlCountFaNicknameMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string }> } };

export type SqlCountObtMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type SqlCountObtMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string } | null, userErrors: Array<{ code: string }> } };

export type SqlCountObtPostMutationVariables = Exact<{
  id: string | number;
}>;


export type SqlCountObtPostMutation = { testHelpersPostTreasuryOutboundTransfer: { treasuryOutboundTransfer: { status: TreasuryOutboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type MultiCreateMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type MultiCreateMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, nickname: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type MultiUpdateMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type MultiUpdateMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, nickname: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type MultiUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type MultiUpdatedSubscription = { treasuryFinancialAccountUpdated: { id: string, nickname: string | null } };

export type MultiStreamSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type MultiStreamSubscription = { events: { id: string, type: string, data: { object: Record<string, unknown> } } };

export type MultiLatestQueryVariables = Exact<{ [key: string]: never; }>;


export type MultiLatestQuery = { events: { nodes: Array<{ id: string }> } };

export type PreparedObtCreateMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type PreparedObtCreateMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, status: TreasuryOutboundTransferStatus, amount: number, financialAccount: { balance: { cash: Array<{ amount: number }> } } } | null, userErrors: Array<{ code: string }> } };

export type RateLimitCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type RateLimitCustomerMutation = { createCustomer: { customer: { id: string } | null, userErrors: Array<{ code: string }> } };

export type RateLimitAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitAccountsQuery = { treasuryFinancialAccounts: { nodes: Array<{ id: string }> } };

export type TmRestartFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type TmRestartFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TmRestartIbtMutationVariables = Exact<{
  input: CreateTreasuryInboundTransferInput;
}>;


export type TmRestartIbtMutation = { createTreasuryInboundTransfer: { treasuryInboundTransfer: { id: string, status: TreasuryInboundTransferStatus } | null, userErrors: Array<{ code: string }> } };

export type TmRestartStateQueryVariables = Exact<{
  fa: string | number;
}>;


export type TmRestartStateQuery = { treasuryInboundTransfers: { nodes: Array<{ id: string, status: TreasuryInboundTransferStatus, returned: boolean | null }> }, treasuryFinancialAccount: { balance: { cash: Array<{ amount: number }> } } | null, events: { nodes: Array<{ type: string, data: { object: Record<string, unknown> } }> } };

export type WhRestartCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WhRestartCreateEndpointMutation = { createWebhookEndpoint: { webhookEndpoint: { id: string, secret: string | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type WhRestartCreateFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type WhRestartCreateFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string }> } };

export type WhRestartPendingQueryVariables = Exact<{ [key: string]: never; }>;


export type WhRestartPendingQuery = { events: { nodes: Array<{ id: string, pendingWebhooks: number }> } };

export type WhRestartAttemptsQueryVariables = Exact<{
  id: string | number;
}>;


export type WhRestartAttemptsQuery = { webhookEndpoint: { deliveryAttempts: { nodes: Array<{ attemptNumber: number, responseStatus: number | null, error: string | null, event: { id: string } }> } } | null };

export type WhRestartEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WhRestartEndpointsQuery = { webhookEndpoints: { nodes: Array<{ id: string }> } };

export type SqlCountCreateMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type SqlCountCreateMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type SqlCountListQueryVariables = Exact<{
  first: number;
}>;


export type SqlCountListQuery = { treasuryFinancialAccounts: { edges: Array<{ cursor: string, node: { id: string, status: TreasuryFinancialAccountStatus, nickname: string | null, metadata: Record<string, unknown> | null, activeFeatures: Array<TreasuryFinancialAccountFeature> | null, pendingFeatures: Array<TreasuryFinancialAccountFeature> | null, restrictedFeatures: Array<TreasuryFinancialAccountFeature> | null, supportedCurrencies: Array<string>, created: string, balance: { cash: Array<{ amount: number, currency: string }>, inboundPending: Array<{ amount: number, currency: string }>, outboundPending: Array<{ amount: number, currency: string }> }, features: { cardIssuing: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus, statusDetails: Array<{ code: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailCode, resolution: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailResolution | null, restriction: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailRestriction | null }> } | null, financialAddresses: { aba: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null, outboundTransfers: { ach: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus, statusDetails: Array<{ code: TreasuryFinancialAccountFeaturesCardIssuingStatusDetailCode }> } | null, usDomesticWire: { requested: boolean, status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null } | null, financialAddresses: Array<{ type: TreasuryFinancialAccountFinancialAddressType, supportedNetworks: Array<TreasuryFinancialAccountFinancialAddressSupportedNetworks> | null, aba: { accountNumberLast4: string, routingNumber: string, bankName: string } | null }>, platformRestrictions: { inboundFlows: TreasuryFinancialAccountPlatformRestriction | null, outboundFlows: TreasuryFinancialAccountPlatformRestriction | null } | null, statusDetails: { closed: { reasons: Array<TreasuryFinancialAccountStatusDetailsClosedReasons> } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SqlCountNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type SqlCountNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { type: string, id: string, data: { object: Record<string, unknown> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: TreasuryFinancialAccountStatus, id: string, balance: { cash: Array<{ amount: number, currency: string }> }, features: { cardIssuing: { status: TreasuryFinancialAccountFeaturesCardIssuingStatus } | null } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type SqlCountEventsQueryVariables = Exact<{
  first: number;
}>;


export type SqlCountEventsQuery = { events: { nodes: Array<{ id: string, type: string, created: string, data: { object: Record<string, unknown>, previousAttributes: Record<string, unknown> | null }, request: { id: string | null, idempotencyKey: string | null } | null }> } };

export type SeedFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type SeedFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type SeedPmMutationVariables = Exact<{
  input: CreatePaymentMethodInput;
}>;


export type SeedPmMutation = { createPaymentMethod: { paymentMethod: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type SeedBalanceQueryVariables = Exact<{
  id: string | number;
}>;


export type SeedBalanceQuery = { treasuryFinancialAccount: { balance: { cash: Array<{ amount: number }>, inboundPending: Array<{ amount: number }>, outboundPending: Array<{ amount: number }> } } | null };

export type TenancyCreateMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type TenancyCreateMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, livemode: boolean, nickname: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type TenancyReadsQueryVariables = Exact<{
  fa: string | number;
  evt: string | number;
  ids: Array<string | number> | string | number;
}>;


export type TenancyReadsQuery = { treasuryFinancialAccount: { id: string, nickname: string | null } | null, treasuryFinancialAccountFeatures: { object: TreasuryFinancialAccountFeaturesObject } | null, faNode:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, evtNode:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null>, event: { id: string, type: string } | null };

export type TenancyListsQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyListsQuery = { treasuryFinancialAccounts: { nodes: Array<{ id: string }> }, open: { nodes: Array<{ id: string }> }, events: { nodes: Array<{ id: string, data: { object: Record<string, unknown> } }> } };

export type TenancyUpdateMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type TenancyUpdateMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, nickname: string | null } | null, userErrors: Array<{ code: string, type: string, field: Array<string> | null }> } };

export type TenancyUpdateFeaturesMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountFeaturesInput;
}>;


export type TenancyUpdateFeaturesMutation = { updateTreasuryFinancialAccountFeatures: { treasuryFinancialAccountFeatures: { object: TreasuryFinancialAccountFeaturesObject } | null, userErrors: Array<{ code: string, type: string, field: Array<string> | null }> } };

export type TenancyCloseMutationVariables = Exact<{
  input: CloseTreasuryFinancialAccountInput;
}>;


export type TenancyCloseMutation = { closeTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string, status: TreasuryFinancialAccountStatus } | null, userErrors: Array<{ code: string, type: string, field: Array<string> | null }> } };

export type TenancyGetQueryVariables = Exact<{
  id: string | number;
}>;


export type TenancyGetQuery = { treasuryFinancialAccount: { id: string, nickname: string | null, status: TreasuryFinancialAccountStatus, metadata: Record<string, unknown> | null, activeFeatures: Array<TreasuryFinancialAccountFeature> | null } | null };

export type TenancyFirstEventQueryVariables = Exact<{ [key: string]: never; }>;


export type TenancyFirstEventQuery = { events: { nodes: Array<{ id: string, type: string, data: { object: Record<string, unknown> } }> } };

export type TenancyUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TenancyUpdatedSubscription = { treasuryFinancialAccountUpdated: { id: string, nickname: string | null } };

export type TenancyBalanceUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type TenancyBalanceUpdatedSubscription = { treasuryFinancialAccountBalanceUpdated: { cash: Array<{ amount: number, currency: string }> } };

export type TenancyStreamSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type TenancyStreamSubscription = { events: { id: string, type: string, livemode: boolean, data: { object: Record<string, unknown> } } };

export type StoryCreditMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedCreditInput;
}>;


export type StoryCreditMutation = { testHelpersCreateTreasuryReceivedCredit: { treasuryReceivedCredit: { id: string, status: TreasuryReceivedCreditStatus, network: TreasuryReceivedCreditNetwork, linkedFlows: { sourceFlowType: string | null }, transaction: { status: TreasuryTransactionStatus, entries: { nodes: Array<{ type: TreasuryTransactionEntryType }> } } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type StoryPayMutationVariables = Exact<{
  input: CreateTreasuryOutboundPaymentInput;
}>;


export type StoryPayMutation = { createTreasuryOutboundPayment: { treasuryOutboundPayment: { id: string, status: TreasuryOutboundPaymentStatus, transaction: { status: TreasuryTransactionStatus } } | null, userErrors: Array<{ code: string, message: string }> } };

export type StoryCreditsQueryVariables = Exact<{
  fa: string | number;
}>;


export type StoryCreditsQuery = { treasuryReceivedCredits: { nodes: Array<{ id: string, status: TreasuryReceivedCreditStatus, amount: number, network: TreasuryReceivedCreditNetwork, reversalDetails: { restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null, linkedFlows: { sourceFlowType: string | null, creditReversal: { id: string } | null, sourceFlow:
          | { __typename: 'TreasuryCreditReversal', id: string }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment', id: string }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null } }> } };

export type StoryReverseMutationVariables = Exact<{
  input: CreateTreasuryCreditReversalInput;
}>;


export type StoryReverseMutation = { createTreasuryCreditReversal: { treasuryCreditReversal: { id: string, status: TreasuryCreditReversalStatus, amount: number, network: TreasuryCreditReversalNetwork, receivedCredit: { id: string, linkedFlows: { creditReversal: { id: string } | null } }, transaction: { status: TreasuryTransactionStatus, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type StoryDebitMutationVariables = Exact<{
  input: TestHelpersCreateTreasuryReceivedDebitInput;
}>;


export type StoryDebitMutation = { testHelpersCreateTreasuryReceivedDebit: { treasuryReceivedDebit: { id: string, status: TreasuryReceivedDebitStatus, transaction: { status: TreasuryTransactionStatus } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type StoryDisputeDebitMutationVariables = Exact<{
  input: CreateTreasuryDebitReversalInput;
}>;


export type StoryDisputeDebitMutation = { createTreasuryDebitReversal: { treasuryDebitReversal: { id: string, status: TreasuryDebitReversalStatus, amount: number, receivedDebit: { id: string, linkedFlows: { debitReversal: { id: string } | null } }, transaction: { status: TreasuryTransactionStatus, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type StoryStreamSubscriptionVariables = Exact<{
  types?: Array<string> | string | null | undefined;
}>;


export type StoryStreamSubscription = { events: { type: string, data: { object: Record<string, unknown> } } };

export type WhDeliveryCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WhDeliveryCreateEndpointMutation = { createWebhookEndpoint: { webhookEndpoint: { id: string, secret: string | null, status: string, enabledEvents: Array<string> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WhDeliveryUpdateEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WhDeliveryUpdateEndpointMutation = { updateWebhookEndpoint: { webhookEndpoint: { id: string, status: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WhDeliveryDeleteEndpointMutationVariables = Exact<{
  input: DeleteWebhookEndpointInput;
}>;


export type WhDeliveryDeleteEndpointMutation = { deleteWebhookEndpoint: { deletedWebhookEndpoint: { id: string, deleted: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WhDeliveryCreateFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type WhDeliveryCreateFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type WhDeliveryUpdateFaMutationVariables = Exact<{
  input: UpdateTreasuryFinancialAccountInput;
}>;


export type WhDeliveryUpdateFaMutation = { updateTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type WhDeliveryAttemptsQueryVariables = Exact<{
  id: string | number;
  event?: string | number | null | undefined;
}>;


export type WhDeliveryAttemptsQuery = { webhookEndpoint: { deliveryAttempts: { nodes: Array<{ attemptNumber: number, trigger: WebhookEndpointDeliveryAttemptTrigger, succeeded: boolean, responseStatus: number | null, error: string | null, durationMs: number, created: string, nextRetryAt: string | null, event: { id: string, type: string } }> } } | null };

export type WhDeliveryEventQueryVariables = Exact<{
  id: string | number;
}>;


export type WhDeliveryEventQuery = { event: { id: string, type: string, pendingWebhooks: number, data: { object: Record<string, unknown> } } | null };

export type WhDeliveryEventsBySuccessQueryVariables = Exact<{
  ok?: boolean | null | undefined;
}>;


export type WhDeliveryEventsBySuccessQuery = { events: { nodes: Array<{ id: string, pendingWebhooks: number }> } };

export type WhDeliveryFaEventsQueryVariables = Exact<{
  type?: string | null | undefined;
}>;


export type WhDeliveryFaEventsQuery = { events: { nodes: Array<{ id: string, type: string, data: { object: Record<string, unknown> } }> } };

export type WhDeliveryResendMutationVariables = Exact<{
  input: ResendEventInput;
}>;


export type WhDeliveryResendMutation = { resendEvent: { event: { id: string, pendingWebhooks: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WhDrainCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WhDrainCreateEndpointMutation = { createWebhookEndpoint: { webhookEndpoint: { id: string } | null, userErrors: Array<{ code: string }> } };

export type WhDrainFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type WhDrainFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string }> } };

export type WhMultiCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WhMultiCreateEndpointMutation = { createWebhookEndpoint: { webhookEndpoint: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type WhMultiCreateFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type WhMultiCreateFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string }> } };

export type WhMultiEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type WhMultiEventsQuery = { events: { nodes: Array<{ id: string, pendingWebhooks: number }> } };

export type WhMultiAttemptsQueryVariables = Exact<{
  id: string | number;
}>;


export type WhMultiAttemptsQuery = { webhookEndpoint: { deliveryAttempts: { nodes: Array<{ attemptNumber: number, responseStatus: number | null, event: { id: string } }> } } | null };

export type WhTargetCreateEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type WhTargetCreateEndpointMutation = { createWebhookEndpoint: { webhookEndpoint: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WhTargetUpdateEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type WhTargetUpdateEndpointMutation = { updateWebhookEndpoint: { webhookEndpoint: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type WhTargetDeleteEndpointMutationVariables = Exact<{
  input: DeleteWebhookEndpointInput;
}>;


export type WhTargetDeleteEndpointMutation = { deleteWebhookEndpoint: { deletedWebhookEndpoint: { id: string } | null, userErrors: Array<{ code: string }> } };

export type WhTargetCreateFaMutationVariables = Exact<{
  input: CreateTreasuryFinancialAccountInput;
}>;


export type WhTargetCreateFaMutation = { createTreasuryFinancialAccount: { treasuryFinancialAccount: { id: string } | null, userErrors: Array<{ code: string }> } };

export type WhTargetAttemptsQueryVariables = Exact<{
  id: string | number;
}>;


export type WhTargetAttemptsQuery = { webhookEndpoint: { deliveryAttempts: { nodes: Array<{ succeeded: boolean, responseStatus: number | null, error: string | null }> } } | null };

export const ObpFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpFieldsFragment, unknown>;
export const WideObtFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WideObt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"supportedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WideObtFragment, unknown>;
export const WideObtByLoadersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WideObtByLoaders"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"supportedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WideObtByLoadersFragment, unknown>;
export const ClimateCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryYear"}},{"kind":"Field","name":{"kind":"Name","value":"metricTonsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"currentPricesPerMetricTon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountFees"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removalPathway"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ClimateCatalogueQuery, ClimateCatalogueQueryVariables>;
export const ClimateProductByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateProductById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClimateProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClimateProductByIdQuery, ClimateProductByIdQueryVariables>;
export const CreateClimateOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClimateOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClimateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClimateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metricTons"}},{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountFees"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryYear"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateClimateOrderTMutation, CreateClimateOrderTMutationVariables>;
export const UpdateClimateOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClimateOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClimateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClimateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateClimateOrderTMutation, UpdateClimateOrderTMutationVariables>;
export const CancelClimateOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelClimateOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelClimateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelClimateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelClimateOrderTMutation, CancelClimateOrderTMutationVariables>;
export const ClimateOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricTons"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClimateOrderTQuery, ClimateOrderTQueryVariables>;
export const ClimateOrderEventsTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateOrderEventsT"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"climate.order.*","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ClimateOrderEventsTQuery, ClimateOrderEventsTQueryVariables>;
export const CreateFeatureTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFeatureT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEntitlementsFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntitlementsFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlementsFeature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lookupKey"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFeatureTMutation, CreateFeatureTMutationVariables>;
export const UpdateFeatureTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeatureT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEntitlementsFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEntitlementsFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlementsFeature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFeatureTMutation, UpdateFeatureTMutationVariables>;
export const FeaturesTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeaturesT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookupKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlementsFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}},{"kind":"Argument","name":{"kind":"Name","value":"lookupKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookupKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FeaturesTQuery, FeaturesTQueryVariables>;
export const AttachFeatureTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachFeatureT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProductFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productFeature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entitlementFeature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lookupKey"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AttachFeatureTMutation, AttachFeatureTMutationVariables>;
export const DetachFeatureTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachFeatureT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteProductFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProductFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedProductFeature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DetachFeatureTMutation, DetachFeatureTMutationVariables>;
export const ProductFeaturesTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductFeaturesT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entitlementFeature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookupKey"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductFeaturesTQuery, ProductFeaturesTQueryVariables>;
export const EntProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EntProductMutation, EntProductMutationVariables>;
export const EntPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EntPriceMutation, EntPriceMutationVariables>;
export const EntCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EntCustomerMutation, EntCustomerMutationVariables>;
export const EntOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EntOrderMutation, EntOrderMutationVariables>;
export const EntSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EntSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EntSubmitMutation, EntSubmitMutationVariables>;
export const ActiveTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlementsActiveEntitlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lookupKey"}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActiveTQuery, ActiveTQueryVariables>;
export const ActiveOneTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveOneT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitlementsActiveEntitlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lookupKey"}}]}}]}}]} as unknown as DocumentNode<ActiveOneTQuery, ActiveOneTQueryVariables>;
export const SummariesTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SummariesT"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"entitlements.active_entitlement_summary.updated","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SummariesTQuery, SummariesTQueryVariables>;
export const WeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"apiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"application"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabledEvents"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WeCreateMutation, WeCreateMutationVariables>;
export const WeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabledEvents"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WeUpdateMutation, WeUpdateMutationVariables>;
export const WeDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WeDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WeDeleteMutation, WeDeleteMutationVariables>;
export const WeGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabledEvents"}}]}}]}}]} as unknown as DocumentNode<WeGetQuery, WeGetQueryVariables>;
export const WeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<WeListQuery, WeListQueryVariables>;
export const WeNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WeNodeQuery, WeNodeQueryVariables>;
export const WeResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WeResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WeResendMutation, WeResendMutationVariables>;
export const WeFirstEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeFirstEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WeFirstEventQuery, WeFirstEventQueryVariables>;
export const WeCreateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WeCreateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WeCreateFaMutation, WeCreateFaMutationVariables>;
export const WeUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WeUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<WeUpdatedSubscription, WeUpdatedSubscriptionVariables>;
export const OrdersActivateTaxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersActivateTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaxSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"headOffice"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"address"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"US","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"CA","block":false}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"defaults"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"taxCode"},"value":{"kind":"StringValue","value":"txcd_10000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"taxBehavior"},"value":{"kind":"EnumValue","value":"EXCLUSIVE"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createTaxRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"country"},"value":{"kind":"StringValue","value":"US","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"countryOptions"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"us"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"CA","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"STATE_SALES_TAX"}}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"activeFrom"},"value":{"kind":"StringValue","value":"now","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersActivateTaxMutation, OrdersActivateTaxMutationVariables>;
export const OrdersProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersProductMutation, OrdersProductMutationVariables>;
export const OrdersPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersPriceMutation, OrdersPriceMutationVariables>;
export const OrdersDefaultPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersDefaultPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersDefaultPriceMutation, OrdersDefaultPriceMutationVariables>;
export const CreateOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}},{"kind":"Field","name":{"kind":"Name","value":"automaticTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitAmount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrderTMutation, CreateOrderTMutationVariables>;
export const UpdateOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}},{"kind":"Field","name":{"kind":"Name","value":"automaticTax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountDiscount"}},{"kind":"Field","name":{"kind":"Name","value":"amountShipping"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrderTMutation, UpdateOrderTMutationVariables>;
export const SubmitOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitOrderTMutation, SubmitOrderTMutationVariables>;
export const ReopenOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenOrderTMutation, ReopenOrderTMutationVariables>;
export const CancelOrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderTMutation, CancelOrderTMutationVariables>;
export const OrderTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderTQuery, OrderTQueryVariables>;
export const OrderUpdatedTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderUpdatedT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderUpdatedTSubscription, OrderUpdatedTSubscriptionVariables>;
export const OrderEventsTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderEventsT"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"order.*","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderEventsTQuery, OrderEventsTQueryVariables>;
export const ReceiptObtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiptObt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiptObtMutation, ReceiptObtMutationVariables>;
export const ReceiptGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceiptGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}}]}}]}}]} as unknown as DocumentNode<ReceiptGetQuery, ReceiptGetQueryVariables>;
export const TaxSettingsNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxSettingsNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"taxBehavior"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaxSettingsNowQuery, TaxSettingsNowQueryVariables>;
export const UpdateTaxSettingsTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTaxSettingsT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaxSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaxSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"defaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"taxBehavior"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTaxSettingsTMutation, UpdateTaxSettingsTMutationVariables>;
export const CreateTaxRegistrationTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTaxRegistrationT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaxRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaxRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"activeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTaxRegistrationTMutation, CreateTaxRegistrationTMutationVariables>;
export const UpdateTaxRegistrationTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTaxRegistrationT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaxRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaxRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTaxRegistrationTMutation, UpdateTaxRegistrationTMutationVariables>;
export const TaxRegistrationsTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxRegistrationsT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxRegistrationListStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TaxRegistrationsTQuery, TaxRegistrationsTQueryVariables>;
export const CreateTaxCalculationTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTaxCalculationT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaxCalculationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaxCalculation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCalculation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmountExclusive"}},{"kind":"Field","name":{"kind":"Name","value":"taxAmountInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"taxBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}},{"kind":"Field","name":{"kind":"Name","value":"taxableAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentageDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"taxType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"taxBehavior"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"taxBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"taxableAmount"}},{"kind":"Field","name":{"kind":"Name","value":"taxabilityReason"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTaxCalculationTMutation, CreateTaxCalculationTMutationVariables>;
export const CreateTaxTransactionTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTaxTransactionT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFromCalculationTaxTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFromCalculationTaxTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTaxTransactionTMutation, CreateTaxTransactionTMutationVariables>;
export const ReverseTaxTransactionTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseTaxTransactionT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReversalTaxTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReversalTaxTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalLineItem"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountTax"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReverseTaxTransactionTMutation, ReverseTaxTransactionTMutationVariables>;
export const TaxCalculationLinesTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxCalculationLinesT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCalculation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaxCalculationLinesTQuery, TaxCalculationLinesTQueryVariables>;
export const TaxClockTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaxClockT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TaxClockTMutation, TaxClockTMutationVariables>;
export const TaxAdvanceTDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TaxAdvanceT"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TaxAdvanceTMutation, TaxAdvanceTMutationVariables>;
export const TaxSettingsEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxSettingsEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"tax.settings.updated","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<TaxSettingsEventsQuery, TaxSettingsEventsQueryVariables>;
export const ClockCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClockCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenTime"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ClockCreateMutation, ClockCreateMutationVariables>;
export const ClockAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClockAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenTime"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advancing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetFrozenTime"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ClockAdvanceMutation, ClockAdvanceMutationVariables>;
export const ClockDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClockDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ClockDeleteMutation, ClockDeleteMutationVariables>;
export const ClockListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClockList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenTime"}}]}}]}}]}}]} as unknown as DocumentNode<ClockListQuery, ClockListQueryVariables>;
export const ClockGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClockGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"deletesAfter"}}]}}]}}]} as unknown as DocumentNode<ClockGetQuery, ClockGetQueryVariables>;
export const ClockDeletedEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClockDeletedEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"test_helpers.test_clock.deleted","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClockDeletedEventsQuery, ClockDeletedEventsQueryVariables>;
export const ClockCreateObtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClockCreateObt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ClockCreateObtMutation, ClockCreateObtMutationVariables>;
export const ClockCreateIbtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClockCreateIbt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ClockCreateIbtMutation, ClockCreateIbtMutationVariables>;
export const ClockObtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClockObt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClockObtQuery, ClockObtQueryVariables>;
export const ClockIbtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClockIbt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeededAt"}}]}}]}}]}}]} as unknown as DocumentNode<ClockIbtQuery, ClockIbtQueryVariables>;
export const ClockEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClockEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClockEventsQuery, ClockEventsQueryVariables>;
export const ClockBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClockBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountBalanceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ClockBalanceSubscription, ClockBalanceSubscriptionVariables>;
export const ClockEventStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClockEventStream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"treasury.*","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<ClockEventStreamSubscription, ClockEventStreamSubscriptionVariables>;
export const CrCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CrCreditMutation, CrCreditMutationVariables>;
export const CrDebitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrDebit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedDebitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CrDebitMutation, CrDebitMutationVariables>;
export const CrCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryCreditReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryCreditReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryCreditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryCreditReversal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CrCreateMutation, CrCreateMutationVariables>;
export const CrGetRcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrGetRc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrGetRcQuery, CrGetRcQueryVariables>;
export const CrListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivedCredit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryCreditReversalStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryCreditReversals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"receivedCredit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedCredit"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReversals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrListQuery, CrListQueryVariables>;
export const CrSenderCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrSenderCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkedFlows"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sourceFlowType"},"value":{"kind":"EnumValue","value":"CREDIT_REVERSAL"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryCreditReversal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlowDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrSenderCreditsQuery, CrSenderCreditsQueryVariables>;
export const CrUpdateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrUpdateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CrUpdateFaMutation, CrUpdateFaMutationVariables>;
export const CrClockCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrClockCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CrClockCreateMutation, CrClockCreateMutationVariables>;
export const CrClockAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrClockAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CrClockAdvanceMutation, CrClockAdvanceMutationVariables>;
export const CrClockDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrClockDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CrClockDeleteMutation, CrClockDeleteMutationVariables>;
export const CrRcListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrRcList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedCredits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrRcListQuery, CrRcListQueryVariables>;
export const CrGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryCreditReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrGetQuery, CrGetQueryVariables>;
export const CrEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CrEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"treasury.credit_reversal.*","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"previousAttributes"}}]}}]}}]}}]} as unknown as DocumentNode<CrEventsSubscription, CrEventsSubscriptionVariables>;
export const CrRcUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CrRcUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCreditUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}}]}}]} as unknown as DocumentNode<CrRcUpdatedSubscription, CrRcUpdatedSubscriptionVariables>;
export const DrDebitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrDebit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedDebitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrDebitMutation, DrDebitMutationVariables>;
export const DrCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryDebitReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryDebitReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryDebitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingDispute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryDebitReversal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DrCreateMutation, DrCreateMutationVariables>;
export const DrGetRdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrGetRd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}}]}}]} as unknown as DocumentNode<DrGetRdQuery, DrGetRdQueryVariables>;
export const DrListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receivedDebit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryDebitReversalListResolution"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryDebitReversalListStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryDebitReversals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"receivedDebit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receivedDebit"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrListQuery, DrListQueryVariables>;
export const DrGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryDebitReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DrGetQuery, DrGetQueryVariables>;
export const DrReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryDebitReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrReadQuery, DrReadQueryVariables>;
export const DrTypeInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrTypeInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DrTypeInfoQuery, DrTypeInfoQueryVariables>;
export const DrUpdateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrUpdateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DrUpdateFaMutation, DrUpdateFaMutationVariables>;
export const DrClockCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrClockCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DrClockCreateMutation, DrClockCreateMutationVariables>;
export const DrClockAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrClockAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DrClockAdvanceMutation, DrClockAdvanceMutationVariables>;
export const DrEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.debit_reversal.*","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"previousAttributes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrEventsQuery, DrEventsQueryVariables>;
export const DrRdUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DrRdUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebitUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}}]}}]} as unknown as DocumentNode<DrRdUpdatedSubscription, DrRdUpdatedSubscriptionVariables>;
export const CreateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"activeFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"pendingFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportedNetworks"}},{"kind":"Field","name":{"kind":"Name","value":"aba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformRestrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundFlows"}},{"kind":"Field","name":{"kind":"Name","value":"outboundFlows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFaMutation, CreateFaMutationVariables>;
export const GetFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"activeFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"pendingFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GetFaQuery, GetFaQueryVariables>;
export const UpdateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"activeFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFaMutation, UpdateFaMutationVariables>;
export const UpdateFaFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFaFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountFeaturesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardIssuing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFaFeaturesMutation, UpdateFaFeaturesMutationVariables>;
export const GetFaFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetFaFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardIssuing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<GetFaFeaturesQuery, GetFaFeaturesQueryVariables>;
export const CloseFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"restrictedFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"activeFeatures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloseFaMutation, CloseFaMutationVariables>;
export const FaClockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaClock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FaClockMutation, FaClockMutationVariables>;
export const FaClockAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaClockAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FaClockAdvanceMutation, FaClockAdvanceMutationVariables>;
export const ListFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryFinancialAccountStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListFaQuery, ListFaQueryVariables>;
export const FaEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"previousAttributes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaEventsQuery, FaEventsQueryVariables>;
export const FaUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FaUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"activeFeatures"}}]}}]}}]} as unknown as DocumentNode<FaUpdatedSubscription, FaUpdatedSubscriptionVariables>;
export const FaEventStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FaEventStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<FaEventStreamSubscription, FaEventStreamSubscriptionVariables>;
export const IbtCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"failureDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"succeededAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"accountHolderType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IbtCreateMutation, IbtCreateMutationVariables>;
export const IbtSucceedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtSucceed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersSucceedTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersSucceedTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeededAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryInboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IbtSucceedMutation, IbtSucceedMutationVariables>;
export const IbtFailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtFail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersFailTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersFailTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"failureDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"succeededAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IbtFailMutation, IbtFailMutationVariables>;
export const IbtCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"failureDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"succeededAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IbtCancelMutation, IbtCancelMutationVariables>;
export const IbtReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersReturnTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersReturnTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"failureDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IbtReturnMutation, IbtReturnMutationVariables>;
export const IbtFaTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IbtFaTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryInboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IbtFaTransactionsQuery, IbtFaTransactionsQueryVariables>;
export const IbtListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IbtList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryInboundTransferStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IbtListQuery, IbtListQueryVariables>;
export const IbtGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IbtGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IbtGetQuery, IbtGetQueryVariables>;
export const IbtEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IbtEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.inbound_transfer.*","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"previousAttributes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IbtEventsQuery, IbtEventsQueryVariables>;
export const IbtEventStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IbtEventStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<IbtEventStreamSubscription, IbtEventStreamSubscriptionVariables>;
export const IbtUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IbtUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransferUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IbtUpdatedSubscription, IbtUpdatedSubscriptionVariables>;
export const IbtNewFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtNewFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IbtNewFaMutation, IbtNewFaMutationVariables>;
export const IbtCloseFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtCloseFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IbtCloseFaMutation, IbtCloseFaMutationVariables>;
export const IbtObtCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IbtObtCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IbtObtCreateMutation, IbtObtCreateMutationVariables>;
export const ObpCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObpFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpCreateMutation, ObpCreateMutationVariables>;
export const ObpPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersPostTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersPostTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObpFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpPostMutation, ObpPostMutationVariables>;
export const ObpFailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpFail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersFailTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersFailTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObpFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpFailMutation, ObpFailMutationVariables>;
export const ObpCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObpFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpCancelMutation, ObpCancelMutationVariables>;
export const ObpReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersReturnTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersReturnTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObpFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpReturnMutation, ObpReturnMutationVariables>;
export const ObpTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersUpdateTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersUpdateTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObpFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpTrackMutation, ObpTrackMutationVariables>;
export const ObpRetrieveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObpRetrieve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObpFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endUserDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imad"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpRetrieveQuery, ObpRetrieveQueryVariables>;
export const ObpListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObpList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPaymentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"created"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"customer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"created"},"value":{"kind":"Variable","name":{"kind":"Name","value":"created"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customer"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpListQuery, ObpListQueryVariables>;
export const ObpCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObpCustomerMutation, ObpCustomerMutationVariables>;
export const ObpReceiverCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObpReceiverCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpReceiverCreditsQuery, ObpReceiverCreditsQueryVariables>;
export const ObpEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObpEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.outbound_payment.*","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpEventsQuery, ObpEventsQueryVariables>;
export const ObpReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObpReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<ObpReceiptQuery, ObpReceiptQueryVariables>;
export const ObpEventsJsonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObpEventsJson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.outbound_payment.created","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObpEventsJsonQuery, ObpEventsJsonQueryVariables>;
export const ObpClockCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpClockCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObpClockCreateMutation, ObpClockCreateMutationVariables>;
export const ObpClockAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpClockAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"frozenTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObpClockAdvanceMutation, ObpClockAdvanceMutationVariables>;
export const ObpClockDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObpClockDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTestHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObpClockDeleteMutation, ObpClockDeleteMutationVariables>;
export const ObpUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ObpUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPaymentUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ObpUpdatedSubscription, ObpUpdatedSubscriptionVariables>;
export const ObpEventStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ObpEventStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<ObpEventStreamSubscription, ObpEventStreamSubscriptionVariables>;
export const ObtCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ObtCreateMutation, ObtCreateMutationVariables>;
export const ObtPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersPostTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersPostTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ObtPostMutation, ObtPostMutationVariables>;
export const ObtFailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtFail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersFailTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersFailTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ObtFailMutation, ObtFailMutationVariables>;
export const ObtCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ObtCancelMutation, ObtCancelMutationVariables>;
export const ObtReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersReturnTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersReturnTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ObtReturnMutation, ObtReturnMutationVariables>;
export const ObtTrackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtTrack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersUpdateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersUpdateTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ObtTrackMutation, ObtTrackMutationVariables>;
export const ObtCreateFullDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtCreateFull"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ObtCreateFullMutation, ObtCreateFullMutationVariables>;
export const ObtReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObtReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}}]}}]} as unknown as DocumentNode<ObtReceivedQuery, ObtReceivedQueryVariables>;
export const ObtEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObtEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.outbound_transfer.*","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObtEventsQuery, ObtEventsQueryVariables>;
export const ObtUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ObtUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransferUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ObtUpdatedSubscription, ObtUpdatedSubscriptionVariables>;
export const ObtCancelableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObtCancelable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"created"}}]}}]}}]} as unknown as DocumentNode<ObtCancelableQuery, ObtCancelableQueryVariables>;
export const ObtClockCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtClockCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObtClockCreateMutation, ObtClockCreateMutationVariables>;
export const ObtClockAdvanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObtClockAdvance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceTestHelpersTestClockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceTestHelpersTestClock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersTestClock"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ObtClockAdvanceMutation, ObtClockAdvanceMutationVariables>;
export const RcCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RcCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"}},{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlowDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedCredit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RcCreateMutation, RcCreateMutationVariables>;
export const RcReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcReadQuery, RcReadQueryVariables>;
export const RcGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlowDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RcGetQuery, RcGetQueryVariables>;
export const RcListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedCreditStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkedFlows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedCreditListLinkedFlowsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkedFlows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkedFlows"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcListQuery, RcListQueryVariables>;
export const RcUpdateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RcUpdateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RcUpdateFaMutation, RcUpdateFaMutationVariables>;
export const RcCloseFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RcCloseFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RcCloseFaMutation, RcCloseFaMutationVariables>;
export const RcNetworkEnumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcNetworkEnum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RcNetworkEnumQuery, RcNetworkEnumQueryVariables>;
export const RcTypeFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcTypeFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcTypeFieldsQuery, RcTypeFieldsQueryVariables>;
export const RcReadDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcReadDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcReadDetailsQuery, RcReadDetailsQueryVariables>;
export const RcEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.received_credit.*","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcEventsQuery, RcEventsQueryVariables>;
export const RdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedDebitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"}},{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"}},{"kind":"Field","name":{"kind":"Name","value":"payout"}},{"kind":"Field","name":{"kind":"Name","value":"topup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedDebit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RdCreateMutation, RdCreateMutationVariables>;
export const RdGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RdGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RdGetQuery, RdGetQueryVariables>;
export const RdListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RdList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedDebitStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RdListQuery, RdListQueryVariables>;
export const RdUpdateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RdUpdateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RdUpdateFaMutation, RdUpdateFaMutationVariables>;
export const RdCloseFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RdCloseFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RdCloseFaMutation, RdCloseFaMutationVariables>;
export const RdNetworkEnumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RdNetworkEnum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RdNetworkEnumQuery, RdNetworkEnumQueryVariables>;
export const MagicCreateObtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MagicCreateObt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MagicCreateObtMutation, MagicCreateObtMutationVariables>;
export const MagicCreateObpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MagicCreateObp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MagicCreateObpMutation, MagicCreateObpMutationVariables>;
export const MagicCreateIbtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MagicCreateIbt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MagicCreateIbtMutation, MagicCreateIbtMutationVariables>;
export const MagicObtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MagicObt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MagicObtQuery, MagicObtQueryVariables>;
export const MagicIbtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MagicIbt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"failureDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MagicIbtQuery, MagicIbtQueryVariables>;
export const MagicPmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MagicPm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}}]}}]}}]} as unknown as DocumentNode<MagicPmQuery, MagicPmQueryVariables>;
export const MagicEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MagicEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<MagicEventsSubscription, MagicEventsSubscriptionVariables>;
export const BadCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BadCreateMutation, BadCreateMutationVariables>;
export const BadUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BadUpdateMutation, BadUpdateMutationVariables>;
export const BadUpdateFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadUpdateFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountFeaturesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BadUpdateFeaturesMutation, BadUpdateFeaturesMutationVariables>;
export const BadCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<BadCloseMutation, BadCloseMutationVariables>;
export const BadRetrieveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadRetrieve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadRetrieveQuery, BadRetrieveQueryVariables>;
export const BadListFasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadListFas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryFinancialAccountStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BadListFasQuery, BadListFasQueryVariables>;
export const BadListEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadListEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<BadListEventsQuery, BadListEventsQueryVariables>;
export const BadNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadNodesQuery, BadNodesQueryVariables>;
export const BadUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BadUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadUpdatedSubscription, BadUpdatedSubscriptionVariables>;
export const BadLatestEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BadLatestEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BadLatestEventQuery, BadLatestEventQueryVariables>;
export const BadEventTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BadEventTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadEventTypesSubscription, BadEventTypesSubscriptionVariables>;
export const ResumeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeCreateMutation, ResumeCreateMutationVariables>;
export const ResumeUpdateFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeUpdateFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountFeaturesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeUpdateFeaturesMutation, ResumeUpdateFeaturesMutationVariables>;
export const ResumeCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeCloseMutation, ResumeCloseMutationVariables>;
export const ResumeStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ResumeStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeStreamSubscription, ResumeStreamSubscriptionVariables>;
export const IdemCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdemCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IdemCreateMutation, IdemCreateMutationVariables>;
export const IdemUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdemUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IdemUpdateMutation, IdemUpdateMutationVariables>;
export const IdemUpdateFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdemUpdateFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountFeaturesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardIssuing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IdemUpdateFeaturesMutation, IdemUpdateFeaturesMutationVariables>;
export const IdemCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdemClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IdemCloseMutation, IdemCloseMutationVariables>;
export const IdemEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdemEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdemEventsQuery, IdemEventsQueryVariables>;
export const LedgerObtCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerObtCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerObtCreateMutation, LedgerObtCreateMutationVariables>;
export const LedgerObtPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerObtPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersPostTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerObtPostMutation, LedgerObtPostMutationVariables>;
export const LedgerObtFailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerObtFail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersFailTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerObtFailMutation, LedgerObtFailMutationVariables>;
export const LedgerObtCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerObtCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerObtCancelMutation, LedgerObtCancelMutationVariables>;
export const LedgerObtReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerObtReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersReturnTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerObtReturnMutation, LedgerObtReturnMutationVariables>;
export const LedgerRcDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRcMutation, LedgerRcMutationVariables>;
export const LedgerRdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerRd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedDebitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRdMutation, LedgerRdMutationVariables>;
export const LedgerPayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerPayMutation, LedgerPayMutationVariables>;
export const LedgerCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCreditsQuery, LedgerCreditsQueryVariables>;
export const LedgerCrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerCr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryCreditReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryCreditReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryCreditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCrMutation, LedgerCrMutationVariables>;
export const LedgerDrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerDr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryDebitReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryDebitReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryDebitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerDrMutation, LedgerDrMutationVariables>;
export const LedgerIbtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerIbt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerIbtMutation, LedgerIbtMutationVariables>;
export const LedgerIbtSucceedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerIbtSucceed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersSucceedTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerIbtSucceedMutation, LedgerIbtSucceedMutationVariables>;
export const LedgerIbtReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LedgerIbtReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersReturnTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerIbtReturnMutation, LedgerIbtReturnMutationVariables>;
export const DeepFlowPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepFlowPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepFlowPageQuery, DeepFlowPageQueryVariables>;
export const DeepFlowWidePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepFlowWidePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WideObt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WideObt"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"supportedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepFlowWidePageQuery, DeepFlowWidePageQueryVariables>;
export const DeepFlowWideNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepFlowWideNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WideObtByLoaders"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WideObtByLoaders"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"statementDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cancelable"}},{"kind":"Field","name":{"kind":"Name","value":"expectedArrivalDate"}},{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canceledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinationPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"supportedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundTransfer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepFlowWideNodesQuery, DeepFlowWideNodesQueryVariables>;
export const DeepFlowTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepFlowTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepFlowTreeQuery, DeepFlowTreeQueryVariables>;
export const DeepFlowPostedOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepFlowPostedOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"POSTED"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"POSTED_AT"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DeepFlowPostedOrderQuery, DeepFlowPostedOrderQueryVariables>;
export const SqlCountFaNicknameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SqlCountFaNickname"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountFaNicknameMutation, SqlCountFaNicknameMutationVariables>;
export const SqlCountObtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SqlCountObt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountObtMutation, SqlCountObtMutationVariables>;
export const SqlCountObtPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SqlCountObtPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersPostTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountObtPostMutation, SqlCountObtPostMutationVariables>;
export const MultiCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MultiCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MultiCreateMutation, MultiCreateMutationVariables>;
export const MultiUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MultiUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MultiUpdateMutation, MultiUpdateMutationVariables>;
export const MultiUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MultiUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}}]}}]} as unknown as DocumentNode<MultiUpdatedSubscription, MultiUpdatedSubscriptionVariables>;
export const MultiStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MultiStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<MultiStreamSubscription, MultiStreamSubscriptionVariables>;
export const MultiLatestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MultiLatest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MultiLatestQuery, MultiLatestQueryVariables>;
export const PreparedObtCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreparedObtCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PreparedObtCreateMutation, PreparedObtCreateMutationVariables>;
export const RateLimitCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateLimitCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RateLimitCustomerMutation, RateLimitCustomerMutationVariables>;
export const RateLimitAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RateLimitAccountsQuery, RateLimitAccountsQueryVariables>;
export const TmRestartFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TmRestartFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TmRestartFaMutation, TmRestartFaMutationVariables>;
export const TmRestartIbtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TmRestartIbt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryInboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryInboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TmRestartIbtMutation, TmRestartIbtMutationVariables>;
export const TmRestartStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TmRestartState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryInboundTransfers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TmRestartStateQuery, TmRestartStateQueryVariables>;
export const WhRestartCreateEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhRestartCreateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WhRestartCreateEndpointMutation, WhRestartCreateEndpointMutationVariables>;
export const WhRestartCreateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhRestartCreateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WhRestartCreateFaMutation, WhRestartCreateFaMutationVariables>;
export const WhRestartPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhRestartPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.financial_account.created","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWebhooks"}}]}}]}}]}}]} as unknown as DocumentNode<WhRestartPendingQuery, WhRestartPendingQueryVariables>;
export const WhRestartAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhRestartAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhRestartAttemptsQuery, WhRestartAttemptsQueryVariables>;
export const WhRestartEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhRestartEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WhRestartEndpointsQuery, WhRestartEndpointsQueryVariables>;
export const SqlCountCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SqlCountCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountCreateMutation, SqlCountCreateMutationVariables>;
export const SqlCountListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SqlCountList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"activeFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"pendingFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedFeatures"}},{"kind":"Field","name":{"kind":"Name","value":"supportedCurrencies"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardIssuing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"restriction"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundTransfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usDomesticWire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportedNetworks"}},{"kind":"Field","name":{"kind":"Name","value":"aba"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountNumberLast4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformRestrictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inboundFlows"}},{"kind":"Field","name":{"kind":"Name","value":"outboundFlows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountListQuery, SqlCountListQueryVariables>;
export const SqlCountNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SqlCountNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryFinancialAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardIssuing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountNodesQuery, SqlCountNodesQueryVariables>;
export const SqlCountEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SqlCountEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"previousAttributes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SqlCountEventsQuery, SqlCountEventsQueryVariables>;
export const SeedFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SeedFaMutation, SeedFaMutationVariables>;
export const SeedPmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SeedPm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePaymentMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SeedPmMutation, SeedPmMutationVariables>;
export const SeedBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeedBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeedBalanceQuery, SeedBalanceQueryVariables>;
export const TenancyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCreateMutation, TenancyCreateMutationVariables>;
export const TenancyReadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyReads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"faNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"evtNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<TenancyReadsQuery, TenancyReadsQueryVariables>;
export const TenancyListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"treasuryFinancialAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyListsQuery, TenancyListsQueryVariables>;
export const TenancyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyUpdateMutation, TenancyUpdateMutationVariables>;
export const TenancyUpdateFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyUpdateFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountFeaturesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccountFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyUpdateFeaturesMutation, TenancyUpdateFeaturesMutationVariables>;
export const TenancyCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TenancyClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyCloseMutation, TenancyCloseMutationVariables>;
export const TenancyGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"activeFeatures"}}]}}]}}]} as unknown as DocumentNode<TenancyGetQuery, TenancyGetQueryVariables>;
export const TenancyFirstEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenancyFirstEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TenancyFirstEventQuery, TenancyFirstEventQueryVariables>;
export const TenancyUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenancyUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}}]}}]} as unknown as DocumentNode<TenancyUpdatedSubscription, TenancyUpdatedSubscriptionVariables>;
export const TenancyBalanceUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenancyBalanceUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccountBalanceUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyBalanceUpdatedSubscription, TenancyBalanceUpdatedSubscriptionVariables>;
export const TenancyStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TenancyStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<TenancyStreamSubscription, TenancyStreamSubscriptionVariables>;
export const StoryCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StoryCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StoryCreditMutation, StoryCreditMutationVariables>;
export const StoryPayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StoryPay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StoryPayMutation, StoryPayMutationVariables>;
export const StoryCreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoryCredits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}},{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryOutboundPayment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryCreditReversal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StoryCreditsQuery, StoryCreditsQueryVariables>;
export const StoryReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StoryReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryCreditReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryCreditReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryCreditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"receivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StoryReverseMutation, StoryReverseMutationVariables>;
export const StoryDebitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StoryDebit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedDebitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StoryDebitMutation, StoryDebitMutationVariables>;
export const StoryDisputeDebitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StoryDisputeDebit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryDebitReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryDebitReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryDebitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StoryDisputeDebitMutation, StoryDisputeDebitMutationVariables>;
export const StoryStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"StoryStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<StoryStreamSubscription, StoryStreamSubscriptionVariables>;
export const WhDeliveryCreateEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDeliveryCreateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enabledEvents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryCreateEndpointMutation, WhDeliveryCreateEndpointMutationVariables>;
export const WhDeliveryUpdateEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDeliveryUpdateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryUpdateEndpointMutation, WhDeliveryUpdateEndpointMutationVariables>;
export const WhDeliveryDeleteEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDeliveryDeleteEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryDeleteEndpointMutation, WhDeliveryDeleteEndpointMutationVariables>;
export const WhDeliveryCreateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDeliveryCreateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryCreateFaMutation, WhDeliveryCreateFaMutationVariables>;
export const WhDeliveryUpdateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDeliveryUpdateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryUpdateFaMutation, WhDeliveryUpdateFaMutationVariables>;
export const WhDeliveryAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhDeliveryAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"event"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"event"},"value":{"kind":"Variable","name":{"kind":"Name","value":"event"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryAttemptsQuery, WhDeliveryAttemptsQueryVariables>;
export const WhDeliveryEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhDeliveryEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWebhooks"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryEventQuery, WhDeliveryEventQueryVariables>;
export const WhDeliveryEventsBySuccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhDeliveryEventsBySuccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ok"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"deliverySuccess"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ok"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWebhooks"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryEventsBySuccessQuery, WhDeliveryEventsBySuccessQueryVariables>;
export const WhDeliveryFaEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhDeliveryFaEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryFaEventsQuery, WhDeliveryFaEventsQueryVariables>;
export const WhDeliveryResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDeliveryResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWebhooks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WhDeliveryResendMutation, WhDeliveryResendMutationVariables>;
export const WhDrainCreateEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDrainCreateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WhDrainCreateEndpointMutation, WhDrainCreateEndpointMutationVariables>;
export const WhDrainFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhDrainFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WhDrainFaMutation, WhDrainFaMutationVariables>;
export const WhMultiCreateEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhMultiCreateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WhMultiCreateEndpointMutation, WhMultiCreateEndpointMutationVariables>;
export const WhMultiCreateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhMultiCreateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WhMultiCreateFaMutation, WhMultiCreateFaMutationVariables>;
export const WhMultiEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhMultiEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.financial_account.created","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingWebhooks"}}]}}]}}]}}]} as unknown as DocumentNode<WhMultiEventsQuery, WhMultiEventsQueryVariables>;
export const WhMultiAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhMultiAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhMultiAttemptsQuery, WhMultiAttemptsQueryVariables>;
export const WhTargetCreateEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhTargetCreateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WhTargetCreateEndpointMutation, WhTargetCreateEndpointMutationVariables>;
export const WhTargetUpdateEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhTargetUpdateEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WhTargetUpdateEndpointMutation, WhTargetUpdateEndpointMutationVariables>;
export const WhTargetDeleteEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhTargetDeleteEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedWebhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WhTargetDeleteEndpointMutation, WhTargetDeleteEndpointMutationVariables>;
export const WhTargetCreateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WhTargetCreateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WhTargetCreateFaMutation, WhTargetCreateFaMutationVariables>;
export const WhTargetAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhTargetAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhTargetAttemptsQuery, WhTargetAttemptsQueryVariables>;