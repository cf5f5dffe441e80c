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

/** The input of `createIssuingCard`: the parameters of Stripe's `POST /v1/issuing/cards`. */
export type CreateIssuingCardInput = {
  /** The [Cardholder](https://docs.stripe.com/api#issuing_cardholder_object) object with which the card will be associated. */
  cardholder?: string | number | null | undefined;
  /** The currency for the card. */
  currency: string;
  /** The desired expiration month (1-12) for this card if [specifying a custom expiration date](https://docs.stripe.com/issuing/cards/virtual/issue-cards?testing-method=with-code#exp-dates). */
  expMonth?: number | null | undefined;
  /** The desired 4-digit expiration year for this card if [specifying a custom expiration date](https://docs.stripe.com/issuing/cards/virtual/issue-cards?testing-method=with-code#exp-dates). */
  expYear?: number | null | undefined;
  /** The new financial account ID the card will be associated with. This field allows a card to be reassigned to a different financial account. */
  financialAccount?: string | number | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Rules that control the lifecycle of this card, such as automatic cancellation. Refer to our [documentation](https://docs.stripe.com/issuing/controls/lifecycle-controls) for more details. */
  lifecycleControls?: CreateIssuingCardLifecycleControlsInput | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The personalization design object belonging to this card. */
  personalizationDesign?: string | number | null | undefined;
  /** The desired PIN for this card. */
  pin?: CreateIssuingCardPinInput | null | undefined;
  /** The card this is meant to be a replacement for (if any). */
  replacementFor?: string | number | null | undefined;
  /** If `replacement_for` is specified, this should indicate why that card is being replaced. */
  replacementReason?: CreateIssuingCardReplacementReason | null | undefined;
  /** The second line to print on the card. Max length: 24 characters. */
  secondLine?: string | null | undefined;
  /** The address where the card will be shipped. */
  shipping?: CreateIssuingCardShippingInput | null | undefined;
  /** Rules that control spending for this card. Refer to our [documentation](https://docs.stripe.com/issuing/controls/spending-controls) for more details. */
  spendingControls?: CreateIssuingCardSpendingControlsInput | null | undefined;
  /** Whether authorizations can be approved on this card. May be blocked from activating cards depending on past-due Cardholder requirements. Defaults to `inactive`. */
  status?: CreateIssuingCardStatus | null | undefined;
  /** The type of card to issue. Possible values are `physical` or `virtual`. */
  type: IssuingCardType;
};

/** Cancels the card after the specified conditions are met. */
export type CreateIssuingCardLifecycleControlsCancelAfterInput = {
  /** The card is automatically cancelled when it makes this number of non-zero payment authorizations and transactions. The count includes penny authorizations, but doesn't include non-payment actions, such as authorization advice. */
  paymentCount: number;
};

/** Rules that control the lifecycle of this card, such as automatic cancellation. Refer to our [documentation](https://docs.stripe.com/issuing/controls/lifecycle-controls) for more details. */
export type CreateIssuingCardLifecycleControlsInput = {
  /** Cancels the card after the specified conditions are met. */
  cancelAfter: CreateIssuingCardLifecycleControlsCancelAfterInput;
};

/** The desired PIN for this card. */
export type CreateIssuingCardPinInput = {
  /** The card's desired new PIN, encrypted under Stripe's public key. */
  encryptedNumber?: string | null | undefined;
};

/** If `replacement_for` is specified, this should indicate why that card is being replaced. */
export type CreateIssuingCardReplacementReason =
  /** `damaged` */
  | 'DAMAGED'
  /** `expired` */
  | 'EXPIRED'
  /** `lost` */
  | 'LOST'
  /** `stolen` */
  | 'STOLEN';

/** The address that the card is shipped to. */
export type CreateIssuingCardShippingAddressInput = {
  /** City, district, suburb, town, or village. */
  city: string;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country: string;
  /** Address line 1, such as the street, PO Box, or company name. */
  line1: string;
  /** Address line 2, such as the apartment, suite, unit, or building. */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode: string;
  /** State, county, province, or region ([ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2)). */
  state?: string | null | undefined;
};

/** Address validation settings. */
export type CreateIssuingCardShippingAddressValidationInput = {
  /** The address validation capabilities to use. */
  mode: IssuingCardShippingAddressValidationMode;
};

/** Customs information for the shipment. */
export type CreateIssuingCardShippingCustomsInput = {
  /** The Economic Operators Registration and Identification (EORI) number to use for Customs. Required for bulk shipments to Europe. */
  eoriNumber?: string | null | undefined;
};

/** The address where the card will be shipped. */
export type CreateIssuingCardShippingInput = {
  /** The address that the card is shipped to. */
  address: CreateIssuingCardShippingAddressInput;
  /** Address validation settings. */
  addressValidation?: CreateIssuingCardShippingAddressValidationInput | null | undefined;
  /** The name of the business at the shipping address, used on the shipping label to ensure delivery when the card is shipped to a cardholder's workplace. Allowed characters: `A-Z`, `a-z`, `0-9`, ` `, `.`, `-`. All other characters are stripped or ASCII-normalized when printed. */
  businessName?: string | null | undefined;
  /** Customs information for the shipment. */
  customs?: CreateIssuingCardShippingCustomsInput | null | undefined;
  /** The name printed on the shipping label when shipping the card. */
  name: string;
  /** Phone number of the recipient of the shipment. */
  phoneNumber?: string | null | undefined;
  /** Whether a signature is required for card delivery. */
  requireSignature?: boolean | null | undefined;
  /** Shipment service. */
  service?: IssuingCardShippingService | null | undefined;
  /** Packaging options. */
  type?: IssuingCardShippingType | null | undefined;
};

/** Rules that control spending for this card. Refer to our [documentation](https://docs.stripe.com/issuing/controls/spending-controls) for more details. */
export type CreateIssuingCardSpendingControlsInput = {
  /** Array of card presence statuses from which authorizations will be allowed. Possible options are `present`, `not_present`. All other statuses will be blocked. Cannot be set with `blocked_card_presences`. Provide an empty value to unset this control. */
  allowedCardPresences?: Array<IssuingCardSpendingControlsAllowedCardPresences> | null | undefined;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`. */
  allowedCategories?: Array<IssuingCardSpendingControlsAllowedCategories> | null | undefined;
  /** Array of strings containing representing countries from which authorizations will be allowed. Authorizations from merchants in all other countries will be declined. Country codes should be ISO 3166 alpha-2 country codes (e.g. `US`). Cannot be set with `blocked_merchant_countries`. Provide an empty value to unset this control. */
  allowedMerchantCountries?: Array<string> | null | undefined;
  /** Array of card presence statuses from which authorizations will be declined. Possible options are `present`, `not_present`. Cannot be set with `allowed_card_presences`. Provide an empty value to unset this control. */
  blockedCardPresences?: Array<IssuingCardSpendingControlsAllowedCardPresences> | null | undefined;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`. */
  blockedCategories?: Array<IssuingCardSpendingControlsAllowedCategories> | null | undefined;
  /** Array of strings containing representing countries from which authorizations will be declined. Country codes should be ISO 3166 alpha-2 country codes (e.g. `US`). Cannot be set with `allowed_merchant_countries`. Provide an empty value to unset this control. */
  blockedMerchantCountries?: Array<string> | null | undefined;
  /** Limit spending with amount-based rules that apply across any cards this card replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for` card, up the chain). */
  spendingLimits?: Array<CreateIssuingCardSpendingControlsSpendingLimitsInput> | null | undefined;
};

/** Limit spending with amount-based rules that apply across any cards this card replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for` card, up the chain). */
export type CreateIssuingCardSpendingControlsSpendingLimitsInput = {
  /** Maximum amount allowed to spend per interval. */
  amount: number;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories. */
  categories?: Array<IssuingCardSpendingControlsAllowedCategories> | null | undefined;
  /** Interval (or event) to which the amount applies. */
  interval: IssuingCardSpendingControlsSpendingLimitInterval;
};

/** Whether authorizations can be approved on this card. May be blocked from activating cards depending on past-due Cardholder requirements. Defaults to `inactive`. */
export type CreateIssuingCardStatus =
  /** `active` */
  | 'ACTIVE'
  /** `inactive` */
  | 'INACTIVE';

/** The cardholder's billing address. */
export type CreateIssuingCardholderBillingAddressInput = {
  /** City, district, suburb, town, or village. */
  city: string;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country: string;
  /** Address line 1, such as the street, PO Box, or company name. */
  line1: string;
  /** Address line 2, such as the apartment, suite, unit, or building. */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode: string;
  /** State, county, province, or region ([ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2)). */
  state?: string | null | undefined;
};

/** The cardholder's billing address. */
export type CreateIssuingCardholderBillingInput = {
  /** The cardholder's billing address. */
  address: CreateIssuingCardholderBillingAddressInput;
};

/** Additional information about a `company` cardholder. */
export type CreateIssuingCardholderCompanyInput = {
  /** The entity's business ID number. */
  taxId?: string | null | undefined;
};

/** Information related to the card_issuing program for this cardholder. */
export type CreateIssuingCardholderIndividualCardIssuingInput = {
  /** Information about cardholder acceptance of Celtic [Authorized User Terms](https://docs.stripe.com/issuing/compliance-us#issuing-terms). Required for cards backed by a Celtic program. */
  userTermsAcceptance?: CreateIssuingCardholderIndividualCardIssuingUserTermsAcceptanceInput | null | undefined;
};

/** Information about cardholder acceptance of Celtic [Authorized User Terms](https://docs.stripe.com/issuing/compliance-us#issuing-terms). Required for cards backed by a Celtic program. */
export type CreateIssuingCardholderIndividualCardIssuingUserTermsAcceptanceInput = {
  /** The Unix timestamp marking when the cardholder accepted the Authorized User Terms. */
  date?: string | null | undefined;
  /** The IP address from which the cardholder accepted the Authorized User Terms. */
  ip?: string | null | undefined;
  /** The user agent of the browser from which the cardholder accepted the Authorized User Terms. */
  userAgent?: string | null | undefined;
};

/** The date of birth of this cardholder. Cardholders must be older than 13 years old. */
export type CreateIssuingCardholderIndividualDobInput = {
  /** The day of birth, between 1 and 31. */
  day: number;
  /** The month of birth, between 1 and 12. */
  month: number;
  /** The four-digit year of birth. */
  year: number;
};

/** Additional information about an `individual` cardholder. */
export type CreateIssuingCardholderIndividualInput = {
  /** Information related to the card_issuing program for this cardholder. */
  cardIssuing?: CreateIssuingCardholderIndividualCardIssuingInput | null | undefined;
  /** The date of birth of this cardholder. Cardholders must be older than 13 years old. */
  dob?: CreateIssuingCardholderIndividualDobInput | null | undefined;
  /** The first name of this cardholder. Required before activating Cards. This field cannot contain any numbers, special characters (except periods, commas, hyphens, spaces and apostrophes) or non-latin letters. */
  firstName?: string | null | undefined;
  /** The last name of this cardholder. Required before activating Cards. This field cannot contain any numbers, special characters (except periods, commas, hyphens, spaces and apostrophes) or non-latin letters. */
  lastName?: string | null | undefined;
  /** Government-issued ID document for this cardholder. */
  verification?: CreateIssuingCardholderIndividualVerificationInput | null | undefined;
};

/** An identifying document, either a passport or local ID card. */
export type CreateIssuingCardholderIndividualVerificationDocumentInput = {
  /** The back of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. */
  back?: string | null | undefined;
  /** The front of an ID returned by a [file upload](https://docs.stripe.com/api#create_file) with a `purpose` value of `identity_document`. */
  front?: string | null | undefined;
};

/** Government-issued ID document for this cardholder. */
export type CreateIssuingCardholderIndividualVerificationInput = {
  /** An identifying document, either a passport or local ID card. */
  document?: CreateIssuingCardholderIndividualVerificationDocumentInput | null | undefined;
};

/** The input of `createIssuingCardholder`: the parameters of Stripe's `POST /v1/issuing/cardholders`. */
export type CreateIssuingCardholderInput = {
  /** The cardholder's billing address. */
  billing: CreateIssuingCardholderBillingInput;
  /** Additional information about a `company` cardholder. */
  company?: CreateIssuingCardholderCompanyInput | null | undefined;
  /** The cardholder's email address. */
  email?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Additional information about an `individual` cardholder. */
  individual?: CreateIssuingCardholderIndividualInput | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The cardholder's name. This will be printed on cards issued to them. The maximum length of this field is 24 characters. This field cannot contain any special characters or numbers. */
  name: string;
  /** The cardholder's phone number. This will be transformed to [E.164](https://en.wikipedia.org/wiki/E.164) if it is not provided in that format already. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://docs.stripe.com/issuing/3d-secure#when-is-3d-secure-applied) for more details. */
  phoneNumber?: string | null | undefined;
  /**
   * The cardholder's preferred locales (languages), ordered by preference. Locales can be `de`, `en`, `es`, `fr`, or `it`.
   *  This changes the language of the [3D Secure flow](https://docs.stripe.com/issuing/3d-secure) and one-time password messages sent to the cardholder.
   */
  preferredLocales?: Array<IssuingCardholderPreferredLocales> | null | undefined;
  /** Rules that control spending across this cardholder's cards. Refer to our [documentation](https://docs.stripe.com/issuing/controls/spending-controls) for more details. */
  spendingControls?: CreateIssuingCardholderSpendingControlsInput | null | undefined;
  /** Specifies whether to permit authorizations on this cardholder's cards. Defaults to `active`. */
  status?: CreateIssuingCardholderStatus | null | undefined;
  /** One of `individual` or `company`. See [Choose a cardholder type](https://docs.stripe.com/issuing/other/choose-cardholder) for more details. */
  type?: IssuingCardholderType | null | undefined;
};

/** Rules that control spending across this cardholder's cards. Refer to our [documentation](https://docs.stripe.com/issuing/controls/spending-controls) for more details. */
export type CreateIssuingCardholderSpendingControlsInput = {
  /** Array of card presence statuses from which authorizations will be allowed. Possible options are `present`, `not_present`. All other statuses will be blocked. Cannot be set with `blocked_card_presences`. Provide an empty value to unset this control. */
  allowedCardPresences?: Array<IssuingCardholderSpendingControlsAllowedCardPresences> | null | undefined;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`. */
  allowedCategories?: Array<IssuingCardholderSpendingControlsAllowedCategories> | null | undefined;
  /** Array of strings containing representing countries from which authorizations will be allowed. Authorizations from merchants in all other countries will be declined. Country codes should be ISO 3166 alpha-2 country codes (e.g. `US`). Cannot be set with `blocked_merchant_countries`. Provide an empty value to unset this control. */
  allowedMerchantCountries?: Array<string> | null | undefined;
  /** Array of card presence statuses from which authorizations will be declined. Possible options are `present`, `not_present`. Cannot be set with `allowed_card_presences`. Provide an empty value to unset this control. */
  blockedCardPresences?: Array<IssuingCardholderSpendingControlsAllowedCardPresences> | null | undefined;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`. */
  blockedCategories?: Array<IssuingCardholderSpendingControlsAllowedCategories> | null | undefined;
  /** Array of strings containing representing countries from which authorizations will be declined. Country codes should be ISO 3166 alpha-2 country codes (e.g. `US`). Cannot be set with `allowed_merchant_countries`. Provide an empty value to unset this control. */
  blockedMerchantCountries?: Array<string> | null | undefined;
  /** Limit spending with amount-based rules that apply across this cardholder's cards. */
  spendingLimits?: Array<CreateIssuingCardholderSpendingControlsSpendingLimitsInput> | null | undefined;
  /** Currency of amounts within `spending_limits`. Defaults to your merchant country's currency. */
  spendingLimitsCurrency?: string | null | undefined;
};

/** Limit spending with amount-based rules that apply across this cardholder's cards. */
export type CreateIssuingCardholderSpendingControlsSpendingLimitsInput = {
  /** Maximum amount allowed to spend per interval. */
  amount: number;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories. */
  categories?: Array<IssuingCardholderSpendingControlsAllowedCategories> | null | undefined;
  /** Interval (or event) to which the amount applies. */
  interval: IssuingCardholderSpendingControlsSpendingLimitInterval;
};

/** Specifies whether to permit authorizations on this cardholder's cards. Defaults to `active`. */
export type CreateIssuingCardholderStatus =
  /** `active` */
  | 'ACTIVE'
  /** `inactive` */
  | 'INACTIVE';

/** Evidence provided when `reason` is 'canceled'. */
export type CreateIssuingDisputeEvidenceCanceledInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** Date when order was canceled. */
  canceledAt?: string | null | undefined;
  /** Whether the cardholder was provided with a cancellation policy. */
  cancellationPolicyProvided?: boolean | null | undefined;
  /** Reason for canceling the order. */
  cancellationReason?: string | null | undefined;
  /** Date when the cardholder expected to receive the product. */
  expectedAt?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
  /** Description of the merchandise or service that was purchased. */
  productDescription?: string | null | undefined;
  /** Whether the product was a merchandise or service. */
  productType?: IssuingDisputeEvidenceCanceledProductType | null | undefined;
  /** Result of cardholder's attempt to return the product. */
  returnStatus?: IssuingDisputeEvidenceCanceledReturnStatus | null | undefined;
  /** Date when the product was returned or attempted to be returned. */
  returnedAt?: string | null | undefined;
};

/** Evidence provided when `reason` is 'duplicate'. */
export type CreateIssuingDisputeEvidenceDuplicateInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the card statement showing that the product had already been paid for. */
  cardStatement?: string | null | undefined;
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Copy of the receipt showing that the product had been paid for in cash. */
  cashReceipt?: string | null | undefined;
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Image of the front and back of the check that was used to pay for the product. */
  checkImage?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
  /** Transaction (e.g., ipi_...) that the disputed transaction is a duplicate of. Of the two or more transactions that are copies of each other, this is original undisputed one. */
  originalTransaction?: string | null | undefined;
};

/** Evidence provided when `reason` is 'fraudulent'. */
export type CreateIssuingDisputeEvidenceFraudulentInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
};

/** Evidence provided for the dispute. */
export type CreateIssuingDisputeEvidenceInput = {
  /** Evidence provided when `reason` is 'canceled'. */
  canceled?: CreateIssuingDisputeEvidenceCanceledInput | null | undefined;
  /** Evidence provided when `reason` is 'duplicate'. */
  duplicate?: CreateIssuingDisputeEvidenceDuplicateInput | null | undefined;
  /** Evidence provided when `reason` is 'fraudulent'. */
  fraudulent?: CreateIssuingDisputeEvidenceFraudulentInput | null | undefined;
  /** Evidence provided when `reason` is 'merchandise_not_as_described'. */
  merchandiseNotAsDescribed?: CreateIssuingDisputeEvidenceMerchandiseNotAsDescribedInput | null | undefined;
  /** Evidence provided when `reason` is 'no_valid_authorization'. */
  noValidAuthorization?: CreateIssuingDisputeEvidenceNoValidAuthorizationInput | null | undefined;
  /** Evidence provided when `reason` is 'not_received'. */
  notReceived?: CreateIssuingDisputeEvidenceNotReceivedInput | null | undefined;
  /** Evidence provided when `reason` is 'other'. */
  other?: CreateIssuingDisputeEvidenceOtherInput | null | undefined;
  /** The reason for filing the dispute. The evidence should be submitted in the field of the same name. */
  reason?: IssuingDisputeEvidenceReason | null | undefined;
  /** Evidence provided when `reason` is 'service_not_as_described'. */
  serviceNotAsDescribed?: CreateIssuingDisputeEvidenceServiceNotAsDescribedInput | null | undefined;
};

/** Evidence provided when `reason` is 'merchandise_not_as_described'. */
export type CreateIssuingDisputeEvidenceMerchandiseNotAsDescribedInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
  /** Date when the product was received. */
  receivedAt?: string | null | undefined;
  /** Description of the cardholder's attempt to return the product. */
  returnDescription?: string | null | undefined;
  /** Result of cardholder's attempt to return the product. */
  returnStatus?: IssuingDisputeEvidenceCanceledReturnStatus | null | undefined;
  /** Date when the product was returned or attempted to be returned. */
  returnedAt?: string | null | undefined;
};

/** Evidence provided when `reason` is 'no_valid_authorization'. */
export type CreateIssuingDisputeEvidenceNoValidAuthorizationInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
};

/** Evidence provided when `reason` is 'not_received'. */
export type CreateIssuingDisputeEvidenceNotReceivedInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** Date when the cardholder expected to receive the product. */
  expectedAt?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
  /** Description of the merchandise or service that was purchased. */
  productDescription?: string | null | undefined;
  /** Whether the product was a merchandise or service. */
  productType?: IssuingDisputeEvidenceCanceledProductType | null | undefined;
};

/** Evidence provided when `reason` is 'other'. */
export type CreateIssuingDisputeEvidenceOtherInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
  /** Description of the merchandise or service that was purchased. */
  productDescription?: string | null | undefined;
  /** Whether the product was a merchandise or service. */
  productType?: IssuingDisputeEvidenceCanceledProductType | null | undefined;
};

/** Evidence provided when `reason` is 'service_not_as_described'. */
export type CreateIssuingDisputeEvidenceServiceNotAsDescribedInput = {
  /** (ID of a [file upload](https://stripe.com/docs/guides/file-upload)) Additional documentation supporting the dispute. */
  additionalDocumentation?: string | null | undefined;
  /** Date when order was canceled. */
  canceledAt?: string | null | undefined;
  /** Reason for canceling the order. */
  cancellationReason?: string | null | undefined;
  /** Explanation of why the cardholder is disputing this transaction. */
  explanation?: string | null | undefined;
  /** Date when the product was received. */
  receivedAt?: string | null | undefined;
};

/** The input of `createIssuingDispute`: the parameters of Stripe's `POST /v1/issuing/disputes`. */
export type CreateIssuingDisputeInput = {
  /** The dispute amount in the card's currency and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). If not set, defaults to the full transaction amount. */
  amount?: number | null | undefined;
  /** Evidence provided for the dispute. */
  evidence?: CreateIssuingDisputeEvidenceInput | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** The ID of the issuing transaction to create a dispute for. For transaction on Treasury FinancialAccounts, use `treasury.received_debit`. */
  transaction?: string | number | null | undefined;
  /** Params for disputes related to Treasury FinancialAccounts */
  treasury?: CreateIssuingDisputeTreasuryInput | null | undefined;
};

/** Params for disputes related to Treasury FinancialAccounts */
export type CreateIssuingDisputeTreasuryInput = {
  /** The ID of the ReceivedDebit to initiate an Issuings dispute for. */
  receivedDebit: string | number;
};

/** Hash containing carrier text, for use with physical bundles that support carrier text. */
export type CreateIssuingPersonalizationDesignCarrierTextInput = {
  /** The footer body text of the carrier letter. */
  footerBody?: string | null | undefined;
  /** The footer title text of the carrier letter. */
  footerTitle?: string | null | undefined;
  /** The header body text of the carrier letter. */
  headerBody?: string | null | undefined;
  /** The header title text of the carrier letter. */
  headerTitle?: string | null | undefined;
};

/** The input of `createIssuingPersonalizationDesign`: the parameters of Stripe's `POST /v1/issuing/personalization_designs`. */
export type CreateIssuingPersonalizationDesignInput = {
  /** The file for the card logo, for use with physical bundles that support card logos. Must have a `purpose` value of `issuing_logo`. */
  cardLogo?: string | number | null | undefined;
  /** Hash containing carrier text, for use with physical bundles that support carrier text. */
  carrierText?: CreateIssuingPersonalizationDesignCarrierTextInput | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** A lookup key used to retrieve personalization designs dynamically from a static string. This may be up to 200 characters. */
  lookupKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Friendly display name. */
  name?: string | null | undefined;
  /** The physical bundle object belonging to this personalization design. */
  physicalBundle: string | number;
  /** Information on whether this personalization design is used to create cards when one is not specified. */
  preferences?: CreateIssuingPersonalizationDesignPreferencesInput | null | undefined;
  /** If set to true, will atomically remove the lookup key from the existing personalization design, and assign it to this personalization design. */
  transferLookupKey?: boolean | null | undefined;
};

/** Information on whether this personalization design is used to create cards when one is not specified. */
export type CreateIssuingPersonalizationDesignPreferencesInput = {
  /** Whether we use this personalization design to create cards when one isn't specified. A connected account uses the Connect platform's default design if no personalization design is set as the default design. */
  isDefault: boolean;
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

/** How the card details were provided. */
export type IssuingAuthorizationAuthorizationMethod =
  /** `chip` */
  | 'CHIP'
  /** `contactless` */
  | 'CONTACTLESS'
  /** `keyed_in` */
  | 'KEYED_IN'
  /** `online` */
  | 'ONLINE'
  /** `swipe` */
  | 'SWIPE';

/** The type of purchase. */
export type IssuingAuthorizationFleetPurchaseType =
  /** `fuel_and_non_fuel_purchase` */
  | 'FUEL_AND_NON_FUEL_PURCHASE'
  /** `fuel_purchase` */
  | 'FUEL_PURCHASE'
  /** `non_fuel_purchase` */
  | 'NON_FUEL_PURCHASE';

/** The type of fuel service. */
export type IssuingAuthorizationFleetServiceType =
  /** `full_service` */
  | 'FULL_SERVICE'
  /** `non_fuel_transaction` */
  | 'NON_FUEL_TRANSACTION'
  /** `self_service` */
  | 'SELF_SERVICE';

/** The method by which the fraud challenge was delivered to the cardholder. */
export type IssuingAuthorizationFraudChallengeChannel =
  /** `sms` */
  | 'SMS';

/** The status of the fraud challenge. */
export type IssuingAuthorizationFraudChallengeStatus =
  /** `expired` */
  | 'EXPIRED'
  /** `pending` */
  | 'PENDING'
  /** `rejected` */
  | 'REJECTED'
  /** `undeliverable` */
  | 'UNDELIVERABLE'
  /** `verified` */
  | 'VERIFIED';

/** If the challenge is not deliverable, the reason why. */
export type IssuingAuthorizationFraudChallengeUndeliverableReason =
  /** `no_phone_number` */
  | 'NO_PHONE_NUMBER'
  /** `unsupported_phone_number` */
  | 'UNSUPPORTED_PHONE_NUMBER';

/** The type of fuel that was purchased. */
export type IssuingAuthorizationFuelType =
  /** `diesel` */
  | 'DIESEL'
  /** `other` */
  | 'OTHER'
  /** `unleaded_plus` */
  | 'UNLEADED_PLUS'
  /** `unleaded_regular` */
  | 'UNLEADED_REGULAR'
  /** `unleaded_super` */
  | 'UNLEADED_SUPER';

/** The units for `quantity_decimal`. */
export type IssuingAuthorizationFuelUnit =
  /** `charging_minute` */
  | 'CHARGING_MINUTE'
  /** `imperial_gallon` */
  | 'IMPERIAL_GALLON'
  /** `kilogram` */
  | 'KILOGRAM'
  /** `kilowatt_hour` */
  | 'KILOWATT_HOUR'
  /** `liter` */
  | 'LITER'
  /** `other` */
  | 'OTHER'
  /** `pound` */
  | 'POUND'
  /** `us_gallon` */
  | 'US_GALLON';

/** When an authorization is approved or declined by you or by Stripe, this field provides additional detail on the reason for the outcome. */
export type IssuingAuthorizationRequestHistoryReason =
  /** `account_disabled` */
  | 'ACCOUNT_DISABLED'
  /** `cardholder_blocked` */
  | 'CARDHOLDER_BLOCKED'
  /** `cardholder_inactive` */
  | 'CARDHOLDER_INACTIVE'
  /** `cardholder_verification_required` */
  | 'CARDHOLDER_VERIFICATION_REQUIRED'
  /** `card_active` */
  | 'CARD_ACTIVE'
  /** `card_canceled` */
  | 'CARD_CANCELED'
  /** `card_expired` */
  | 'CARD_EXPIRED'
  /** `card_inactive` */
  | 'CARD_INACTIVE'
  /** `insecure_authorization_method` */
  | 'INSECURE_AUTHORIZATION_METHOD'
  /** `insufficient_funds` */
  | 'INSUFFICIENT_FUNDS'
  /** `network_fallback` */
  | 'NETWORK_FALLBACK'
  /** `not_allowed` */
  | 'NOT_ALLOWED'
  /** `pin_blocked` */
  | 'PIN_BLOCKED'
  /** `spending_controls` */
  | 'SPENDING_CONTROLS'
  /** `stripe_internal_error` */
  | 'STRIPE_INTERNAL_ERROR'
  /** `suspected_fraud` */
  | 'SUSPECTED_FRAUD'
  /** `verification_failed` */
  | 'VERIFICATION_FAILED'
  /** `webhook_approved` */
  | 'WEBHOOK_APPROVED'
  /** `webhook_declined` */
  | 'WEBHOOK_DECLINED'
  /** `webhook_error` */
  | 'WEBHOOK_ERROR'
  /** `webhook_timeout` */
  | 'WEBHOOK_TIMEOUT';

/** The current status of the authorization in its lifecycle. */
export type IssuingAuthorizationStatus =
  /** `closed` */
  | 'CLOSED'
  /** `expired` */
  | 'EXPIRED'
  /** `pending` */
  | 'PENDING'
  /** `reversed` */
  | 'REVERSED';

/** Whether the cardholder provided an address first line and if it matched the cardholder's `billing.address.line1`. */
export type IssuingAuthorizationVerificationDataAddressLine1Check =
  /** `match` */
  | 'MATCH'
  /** `mismatch` */
  | 'MISMATCH'
  /** `not_provided` */
  | 'NOT_PROVIDED';

/** The entity that requested the exemption, either the acquiring merchant or the Issuing user. */
export type IssuingAuthorizationVerificationDataAuthenticationExemptionClaimedBy =
  /** `acquirer` */
  | 'ACQUIRER'
  /** `issuer` */
  | 'ISSUER';

/** The specific exemption claimed for this authorization. */
export type IssuingAuthorizationVerificationDataAuthenticationExemptionType =
  /** `low_value_transaction` */
  | 'LOW_VALUE_TRANSACTION'
  /** `transaction_risk_analysis` */
  | 'TRANSACTION_RISK_ANALYSIS'
  /** `unknown` */
  | 'UNKNOWN';

/** The outcome of the 3D Secure authentication request. */
export type IssuingAuthorizationVerificationDataThreeDSecureResult =
  /** `attempt_acknowledged` */
  | 'ATTEMPT_ACKNOWLEDGED'
  /** `authenticated` */
  | 'AUTHENTICATED'
  /** `failed` */
  | 'FAILED'
  /** `required` */
  | 'REQUIRED';

/** The reason why the card was canceled. */
export type IssuingCardCancellationReason =
  /** `design_rejected` */
  | 'DESIGN_REJECTED'
  /** `fulfillment_error` */
  | 'FULFILLMENT_ERROR'
  /** `lost` */
  | 'LOST'
  /** `stolen` */
  | 'STOLEN';

/** The reason why the previous card needed to be replaced. */
export type IssuingCardReplacementReason =
  /** `damaged` */
  | 'DAMAGED'
  /** `expired` */
  | 'EXPIRED'
  /** `fulfillment_error` */
  | 'FULFILLMENT_ERROR'
  /** `lost` */
  | 'LOST'
  /** `stolen` */
  | 'STOLEN';

/** The address validation capabilities to use. */
export type IssuingCardShippingAddressValidationMode =
  /** `disabled` */
  | 'DISABLED'
  /** `normalization_only` */
  | 'NORMALIZATION_ONLY'
  /** `validation_and_normalization` */
  | 'VALIDATION_AND_NORMALIZATION';

/** The delivery company that shipped a card. */
export type IssuingCardShippingCarrier =
  /** `correos` */
  | 'CORREOS'
  /** `dhl` */
  | 'DHL'
  /** `fedex` */
  | 'FEDEX'
  /** `royal_mail` */
  | 'ROYAL_MAIL'
  /** `usps` */
  | 'USPS';

/** Shipment service, such as `standard` or `express`. */
export type IssuingCardShippingService =
  /** `express` */
  | 'EXPRESS'
  /** `priority` */
  | 'PRIORITY'
  /** `standard` */
  | 'STANDARD';

/** The delivery status of the card. */
export type IssuingCardShippingStatus =
  /** `canceled` */
  | 'CANCELED'
  /** `delivered` */
  | 'DELIVERED'
  /** `failure` */
  | 'FAILURE'
  /** `pending` */
  | 'PENDING'
  /** `returned` */
  | 'RETURNED'
  /** `shipped` */
  | 'SHIPPED'
  /** `submitted` */
  | 'SUBMITTED';

/** Packaging options. */
export type IssuingCardShippingType =
  /** `bulk` */
  | 'BULK'
  /** `individual` */
  | 'INDIVIDUAL';

/** Array of card presence statuses from which authorizations will be allowed. Possible options are `present`, `not_present`. All other statuses will be blocked. Cannot be set with `blocked_card_presences`. Provide an empty value to unset this control. */
export type IssuingCardSpendingControlsAllowedCardPresences =
  /** `not_present` */
  | 'NOT_PRESENT'
  /** `present` */
  | 'PRESENT';

/** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`. */
export type IssuingCardSpendingControlsAllowedCategories =
  /** `accounting_bookkeeping_services` */
  | 'ACCOUNTING_BOOKKEEPING_SERVICES'
  /** `ac_refrigeration_repair` */
  | 'AC_REFRIGERATION_REPAIR'
  /** `advertising_services` */
  | 'ADVERTISING_SERVICES'
  /** `agricultural_cooperative` */
  | 'AGRICULTURAL_COOPERATIVE'
  /** `airlines_air_carriers` */
  | 'AIRLINES_AIR_CARRIERS'
  /** `airports_flying_fields` */
  | 'AIRPORTS_FLYING_FIELDS'
  /** `ambulance_services` */
  | 'AMBULANCE_SERVICES'
  /** `amusement_parks_carnivals` */
  | 'AMUSEMENT_PARKS_CARNIVALS'
  /** `antique_reproductions` */
  | 'ANTIQUE_REPRODUCTIONS'
  /** `antique_shops` */
  | 'ANTIQUE_SHOPS'
  /** `aquariums` */
  | 'AQUARIUMS'
  /** `architectural_surveying_services` */
  | 'ARCHITECTURAL_SURVEYING_SERVICES'
  /** `artists_supply_and_craft_shops` */
  | 'ARTISTS_SUPPLY_AND_CRAFT_SHOPS'
  /** `art_dealers_and_galleries` */
  | 'ART_DEALERS_AND_GALLERIES'
  /** `automated_cash_disburse` */
  | 'AUTOMATED_CASH_DISBURSE'
  /** `automated_fuel_dispensers` */
  | 'AUTOMATED_FUEL_DISPENSERS'
  /** `automobile_associations` */
  | 'AUTOMOBILE_ASSOCIATIONS'
  /** `automotive_parts_and_accessories_stores` */
  | 'AUTOMOTIVE_PARTS_AND_ACCESSORIES_STORES'
  /** `automotive_tire_stores` */
  | 'AUTOMOTIVE_TIRE_STORES'
  /** `auto_and_home_supply_stores` */
  | 'AUTO_AND_HOME_SUPPLY_STORES'
  /** `auto_body_repair_shops` */
  | 'AUTO_BODY_REPAIR_SHOPS'
  /** `auto_paint_shops` */
  | 'AUTO_PAINT_SHOPS'
  /** `auto_service_shops` */
  | 'AUTO_SERVICE_SHOPS'
  /** `bail_and_bond_payments` */
  | 'BAIL_AND_BOND_PAYMENTS'
  /** `bakeries` */
  | 'BAKERIES'
  /** `bands_orchestras` */
  | 'BANDS_ORCHESTRAS'
  /** `barber_and_beauty_shops` */
  | 'BARBER_AND_BEAUTY_SHOPS'
  /** `betting_casino_gambling` */
  | 'BETTING_CASINO_GAMBLING'
  /** `bicycle_shops` */
  | 'BICYCLE_SHOPS'
  /** `billiard_pool_establishments` */
  | 'BILLIARD_POOL_ESTABLISHMENTS'
  /** `boat_dealers` */
  | 'BOAT_DEALERS'
  /** `boat_rentals_and_leases` */
  | 'BOAT_RENTALS_AND_LEASES'
  /** `books_periodicals_and_newspapers` */
  | 'BOOKS_PERIODICALS_AND_NEWSPAPERS'
  /** `book_stores` */
  | 'BOOK_STORES'
  /** `bowling_alleys` */
  | 'BOWLING_ALLEYS'
  /** `business_secretarial_schools` */
  | 'BUSINESS_SECRETARIAL_SCHOOLS'
  /** `bus_lines` */
  | 'BUS_LINES'
  /** `buying_shopping_services` */
  | 'BUYING_SHOPPING_SERVICES'
  /** `cable_satellite_and_other_pay_television_and_radio` */
  | 'CABLE_SATELLITE_AND_OTHER_PAY_TELEVISION_AND_RADIO'
  /** `camera_and_photographic_supply_stores` */
  | 'CAMERA_AND_PHOTOGRAPHIC_SUPPLY_STORES'
  /** `candy_nut_and_confectionery_stores` */
  | 'CANDY_NUT_AND_CONFECTIONERY_STORES'
  /** `carpentry_services` */
  | 'CARPENTRY_SERVICES'
  /** `carpet_upholstery_cleaning` */
  | 'CARPET_UPHOLSTERY_CLEANING'
  /** `car_and_truck_dealers_new_used` */
  | 'CAR_AND_TRUCK_DEALERS_NEW_USED'
  /** `car_and_truck_dealers_used_only` */
  | 'CAR_AND_TRUCK_DEALERS_USED_ONLY'
  /** `car_rental_agencies` */
  | 'CAR_RENTAL_AGENCIES'
  /** `car_washes` */
  | 'CAR_WASHES'
  /** `caterers` */
  | 'CATERERS'
  /** `charitable_and_social_service_organizations_fundraising` */
  | 'CHARITABLE_AND_SOCIAL_SERVICE_ORGANIZATIONS_FUNDRAISING'
  /** `chemicals_and_allied_products` */
  | 'CHEMICALS_AND_ALLIED_PRODUCTS'
  /** `childrens_and_infants_wear_stores` */
  | 'CHILDRENS_AND_INFANTS_WEAR_STORES'
  /** `child_care_services` */
  | 'CHILD_CARE_SERVICES'
  /** `chiropodists_podiatrists` */
  | 'CHIROPODISTS_PODIATRISTS'
  /** `chiropractors` */
  | 'CHIROPRACTORS'
  /** `cigar_stores_and_stands` */
  | 'CIGAR_STORES_AND_STANDS'
  /** `civic_social_fraternal_associations` */
  | 'CIVIC_SOCIAL_FRATERNAL_ASSOCIATIONS'
  /** `cleaning_and_maintenance` */
  | 'CLEANING_AND_MAINTENANCE'
  /** `clothing_rental` */
  | 'CLOTHING_RENTAL'
  /** `colleges_universities` */
  | 'COLLEGES_UNIVERSITIES'
  /** `commercial_equipment` */
  | 'COMMERCIAL_EQUIPMENT'
  /** `commercial_footwear` */
  | 'COMMERCIAL_FOOTWEAR'
  /** `commercial_photography_art_and_graphics` */
  | 'COMMERCIAL_PHOTOGRAPHY_ART_AND_GRAPHICS'
  /** `commuter_transport_and_ferries` */
  | 'COMMUTER_TRANSPORT_AND_FERRIES'
  /** `computers_peripherals_and_software` */
  | 'COMPUTERS_PERIPHERALS_AND_SOFTWARE'
  /** `computer_network_services` */
  | 'COMPUTER_NETWORK_SERVICES'
  /** `computer_programming` */
  | 'COMPUTER_PROGRAMMING'
  /** `computer_repair` */
  | 'COMPUTER_REPAIR'
  /** `computer_software_stores` */
  | 'COMPUTER_SOFTWARE_STORES'
  /** `concrete_work_services` */
  | 'CONCRETE_WORK_SERVICES'
  /** `construction_materials` */
  | 'CONSTRUCTION_MATERIALS'
  /** `consulting_public_relations` */
  | 'CONSULTING_PUBLIC_RELATIONS'
  /** `correspondence_schools` */
  | 'CORRESPONDENCE_SCHOOLS'
  /** `cosmetic_stores` */
  | 'COSMETIC_STORES'
  /** `counseling_services` */
  | 'COUNSELING_SERVICES'
  /** `country_clubs` */
  | 'COUNTRY_CLUBS'
  /** `courier_services` */
  | 'COURIER_SERVICES'
  /** `court_costs` */
  | 'COURT_COSTS'
  /** `credit_reporting_agencies` */
  | 'CREDIT_REPORTING_AGENCIES'
  /** `cruise_lines` */
  | 'CRUISE_LINES'
  /** `dairy_products_stores` */
  | 'DAIRY_PRODUCTS_STORES'
  /** `dance_hall_studios_schools` */
  | 'DANCE_HALL_STUDIOS_SCHOOLS'
  /** `dating_escort_services` */
  | 'DATING_ESCORT_SERVICES'
  /** `dentists_orthodontists` */
  | 'DENTISTS_ORTHODONTISTS'
  /** `department_stores` */
  | 'DEPARTMENT_STORES'
  /** `detective_agencies` */
  | 'DETECTIVE_AGENCIES'
  /** `digital_goods_applications` */
  | 'DIGITAL_GOODS_APPLICATIONS'
  /** `digital_goods_games` */
  | 'DIGITAL_GOODS_GAMES'
  /** `digital_goods_large_volume` */
  | 'DIGITAL_GOODS_LARGE_VOLUME'
  /** `digital_goods_media` */
  | 'DIGITAL_GOODS_MEDIA'
  /** `direct_marketing_catalog_merchant` */
  | 'DIRECT_MARKETING_CATALOG_MERCHANT'
  /** `direct_marketing_combination_catalog_and_retail_merchant` */
  | 'DIRECT_MARKETING_COMBINATION_CATALOG_AND_RETAIL_MERCHANT'
  /** `direct_marketing_inbound_telemarketing` */
  | 'DIRECT_MARKETING_INBOUND_TELEMARKETING'
  /** `direct_marketing_insurance_services` */
  | 'DIRECT_MARKETING_INSURANCE_SERVICES'
  /** `direct_marketing_other` */
  | 'DIRECT_MARKETING_OTHER'
  /** `direct_marketing_outbound_telemarketing` */
  | 'DIRECT_MARKETING_OUTBOUND_TELEMARKETING'
  /** `direct_marketing_subscription` */
  | 'DIRECT_MARKETING_SUBSCRIPTION'
  /** `direct_marketing_travel` */
  | 'DIRECT_MARKETING_TRAVEL'
  /** `discount_stores` */
  | 'DISCOUNT_STORES'
  /** `doctors` */
  | 'DOCTORS'
  /** `door_to_door_sales` */
  | 'DOOR_TO_DOOR_SALES'
  /** `drapery_window_covering_and_upholstery_stores` */
  | 'DRAPERY_WINDOW_COVERING_AND_UPHOLSTERY_STORES'
  /** `drinking_places` */
  | 'DRINKING_PLACES'
  /** `drugs_drug_proprietaries_and_druggist_sundries` */
  | 'DRUGS_DRUG_PROPRIETARIES_AND_DRUGGIST_SUNDRIES'
  /** `drug_stores_and_pharmacies` */
  | 'DRUG_STORES_AND_PHARMACIES'
  /** `dry_cleaners` */
  | 'DRY_CLEANERS'
  /** `durable_goods` */
  | 'DURABLE_GOODS'
  /** `duty_free_stores` */
  | 'DUTY_FREE_STORES'
  /** `eating_places_restaurants` */
  | 'EATING_PLACES_RESTAURANTS'
  /** `educational_services` */
  | 'EDUCATIONAL_SERVICES'
  /** `electrical_parts_and_equipment` */
  | 'ELECTRICAL_PARTS_AND_EQUIPMENT'
  /** `electrical_services` */
  | 'ELECTRICAL_SERVICES'
  /** `electric_razor_stores` */
  | 'ELECTRIC_RAZOR_STORES'
  /** `electric_vehicle_charging` */
  | 'ELECTRIC_VEHICLE_CHARGING'
  /** `electronics_repair_shops` */
  | 'ELECTRONICS_REPAIR_SHOPS'
  /** `electronics_stores` */
  | 'ELECTRONICS_STORES'
  /** `elementary_secondary_schools` */
  | 'ELEMENTARY_SECONDARY_SCHOOLS'
  /** `emergency_services_gcas_visa_use_only` */
  | 'EMERGENCY_SERVICES_GCAS_VISA_USE_ONLY'
  /** `employment_temp_agencies` */
  | 'EMPLOYMENT_TEMP_AGENCIES'
  /** `equipment_rental` */
  | 'EQUIPMENT_RENTAL'
  /** `exterminating_services` */
  | 'EXTERMINATING_SERVICES'
  /** `family_clothing_stores` */
  | 'FAMILY_CLOTHING_STORES'
  /** `fast_food_restaurants` */
  | 'FAST_FOOD_RESTAURANTS'
  /** `financial_institutions` */
  | 'FINANCIAL_INSTITUTIONS'
  /** `fines_government_administrative_entities` */
  | 'FINES_GOVERNMENT_ADMINISTRATIVE_ENTITIES'
  /** `fireplace_fireplace_screens_and_accessories_stores` */
  | 'FIREPLACE_FIREPLACE_SCREENS_AND_ACCESSORIES_STORES'
  /** `floor_covering_stores` */
  | 'FLOOR_COVERING_STORES'
  /** `florists` */
  | 'FLORISTS'
  /** `florists_supplies_nursery_stock_and_flowers` */
  | 'FLORISTS_SUPPLIES_NURSERY_STOCK_AND_FLOWERS'
  /** `freezer_and_locker_meat_provisioners` */
  | 'FREEZER_AND_LOCKER_MEAT_PROVISIONERS'
  /** `fuel_dealers_non_automotive` */
  | 'FUEL_DEALERS_NON_AUTOMOTIVE'
  /** `funeral_services_crematories` */
  | 'FUNERAL_SERVICES_CREMATORIES'
  /** `furniture_home_furnishings_and_equipment_stores_except_appliances` */
  | 'FURNITURE_HOME_FURNISHINGS_AND_EQUIPMENT_STORES_EXCEPT_APPLIANCES'
  /** `furniture_repair_refinishing` */
  | 'FURNITURE_REPAIR_REFINISHING'
  /** `furriers_and_fur_shops` */
  | 'FURRIERS_AND_FUR_SHOPS'
  /** `general_services` */
  | 'GENERAL_SERVICES'
  /** `gift_card_novelty_and_souvenir_shops` */
  | 'GIFT_CARD_NOVELTY_AND_SOUVENIR_SHOPS'
  /** `glassware_crystal_stores` */
  | 'GLASSWARE_CRYSTAL_STORES'
  /** `glass_paint_and_wallpaper_stores` */
  | 'GLASS_PAINT_AND_WALLPAPER_STORES'
  /** `golf_courses_public` */
  | 'GOLF_COURSES_PUBLIC'
  /** `government_licensed_horse_dog_racing_us_region_only` */
  | 'GOVERNMENT_LICENSED_HORSE_DOG_RACING_US_REGION_ONLY'
  /** `government_licensed_online_casions_online_gambling_us_region_only` */
  | 'GOVERNMENT_LICENSED_ONLINE_CASIONS_ONLINE_GAMBLING_US_REGION_ONLY'
  /** `government_owned_lotteries_non_us_region` */
  | 'GOVERNMENT_OWNED_LOTTERIES_NON_US_REGION'
  /** `government_owned_lotteries_us_region_only` */
  | 'GOVERNMENT_OWNED_LOTTERIES_US_REGION_ONLY'
  /** `government_services` */
  | 'GOVERNMENT_SERVICES'
  /** `grocery_stores_supermarkets` */
  | 'GROCERY_STORES_SUPERMARKETS'
  /** `hardware_equipment_and_supplies` */
  | 'HARDWARE_EQUIPMENT_AND_SUPPLIES'
  /** `hardware_stores` */
  | 'HARDWARE_STORES'
  /** `health_and_beauty_spas` */
  | 'HEALTH_AND_BEAUTY_SPAS'
  /** `hearing_aids_sales_and_supplies` */
  | 'HEARING_AIDS_SALES_AND_SUPPLIES'
  /** `heating_plumbing_a_c` */
  | 'HEATING_PLUMBING_A_C'
  /** `hobby_toy_and_game_shops` */
  | 'HOBBY_TOY_AND_GAME_SHOPS'
  /** `home_supply_warehouse_stores` */
  | 'HOME_SUPPLY_WAREHOUSE_STORES'
  /** `hospitals` */
  | 'HOSPITALS'
  /** `hotels_motels_and_resorts` */
  | 'HOTELS_MOTELS_AND_RESORTS'
  /** `household_appliance_stores` */
  | 'HOUSEHOLD_APPLIANCE_STORES'
  /** `industrial_supplies` */
  | 'INDUSTRIAL_SUPPLIES'
  /** `information_retrieval_services` */
  | 'INFORMATION_RETRIEVAL_SERVICES'
  /** `insurance_default` */
  | 'INSURANCE_DEFAULT'
  /** `insurance_underwriting_premiums` */
  | 'INSURANCE_UNDERWRITING_PREMIUMS'
  /** `intra_company_purchases` */
  | 'INTRA_COMPANY_PURCHASES'
  /** `jewelry_stores_watches_clocks_and_silverware_stores` */
  | 'JEWELRY_STORES_WATCHES_CLOCKS_AND_SILVERWARE_STORES'
  /** `landscaping_services` */
  | 'LANDSCAPING_SERVICES'
  /** `laundries` */
  | 'LAUNDRIES'
  /** `laundry_cleaning_services` */
  | 'LAUNDRY_CLEANING_SERVICES'
  /** `legal_services_attorneys` */
  | 'LEGAL_SERVICES_ATTORNEYS'
  /** `luggage_and_leather_goods_stores` */
  | 'LUGGAGE_AND_LEATHER_GOODS_STORES'
  /** `lumber_building_materials_stores` */
  | 'LUMBER_BUILDING_MATERIALS_STORES'
  /** `manual_cash_disburse` */
  | 'MANUAL_CASH_DISBURSE'
  /** `marinas_service_and_supplies` */
  | 'MARINAS_SERVICE_AND_SUPPLIES'
  /** `marketplaces` */
  | 'MARKETPLACES'
  /** `masonry_stonework_and_plaster` */
  | 'MASONRY_STONEWORK_AND_PLASTER'
  /** `massage_parlors` */
  | 'MASSAGE_PARLORS'
  /** `medical_and_dental_labs` */
  | 'MEDICAL_AND_DENTAL_LABS'
  /** `medical_dental_ophthalmic_and_hospital_equipment_and_supplies` */
  | 'MEDICAL_DENTAL_OPHTHALMIC_AND_HOSPITAL_EQUIPMENT_AND_SUPPLIES'
  /** `medical_services` */
  | 'MEDICAL_SERVICES'
  /** `membership_organizations` */
  | 'MEMBERSHIP_ORGANIZATIONS'
  /** `mens_and_boys_clothing_and_accessories_stores` */
  | 'MENS_AND_BOYS_CLOTHING_AND_ACCESSORIES_STORES'
  /** `mens_womens_clothing_stores` */
  | 'MENS_WOMENS_CLOTHING_STORES'
  /** `metal_service_centers` */
  | 'METAL_SERVICE_CENTERS'
  /** `miscellaneous` */
  | 'MISCELLANEOUS'
  /** `miscellaneous_apparel_and_accessory_shops` */
  | 'MISCELLANEOUS_APPAREL_AND_ACCESSORY_SHOPS'
  /** `miscellaneous_auto_dealers` */
  | 'MISCELLANEOUS_AUTO_DEALERS'
  /** `miscellaneous_business_services` */
  | 'MISCELLANEOUS_BUSINESS_SERVICES'
  /** `miscellaneous_food_stores` */
  | 'MISCELLANEOUS_FOOD_STORES'
  /** `miscellaneous_general_merchandise` */
  | 'MISCELLANEOUS_GENERAL_MERCHANDISE'
  /** `miscellaneous_general_services` */
  | 'MISCELLANEOUS_GENERAL_SERVICES'
  /** `miscellaneous_home_furnishing_specialty_stores` */
  | 'MISCELLANEOUS_HOME_FURNISHING_SPECIALTY_STORES'
  /** `miscellaneous_publishing_and_printing` */
  | 'MISCELLANEOUS_PUBLISHING_AND_PRINTING'
  /** `miscellaneous_recreation_services` */
  | 'MISCELLANEOUS_RECREATION_SERVICES'
  /** `miscellaneous_repair_shops` */
  | 'MISCELLANEOUS_REPAIR_SHOPS'
  /** `miscellaneous_specialty_retail` */
  | 'MISCELLANEOUS_SPECIALTY_RETAIL'
  /** `mobile_home_dealers` */
  | 'MOBILE_HOME_DEALERS'
  /** `motion_picture_theaters` */
  | 'MOTION_PICTURE_THEATERS'
  /** `motorcycle_shops_and_dealers` */
  | 'MOTORCYCLE_SHOPS_AND_DEALERS'
  /** `motorcycle_shops_dealers` */
  | 'MOTORCYCLE_SHOPS_DEALERS'
  /** `motor_freight_carriers_and_trucking` */
  | 'MOTOR_FREIGHT_CARRIERS_AND_TRUCKING'
  /** `motor_homes_dealers` */
  | 'MOTOR_HOMES_DEALERS'
  /** `motor_vehicle_supplies_and_new_parts` */
  | 'MOTOR_VEHICLE_SUPPLIES_AND_NEW_PARTS'
  /** `music_stores_musical_instruments_pianos_and_sheet_music` */
  | 'MUSIC_STORES_MUSICAL_INSTRUMENTS_PIANOS_AND_SHEET_MUSIC'
  /** `news_dealers_and_newsstands` */
  | 'NEWS_DEALERS_AND_NEWSSTANDS'
  /** `nondurable_goods` */
  | 'NONDURABLE_GOODS'
  /** `non_fi_money_orders` */
  | 'NON_FI_MONEY_ORDERS'
  /** `non_fi_stored_value_card_purchase_load` */
  | 'NON_FI_STORED_VALUE_CARD_PURCHASE_LOAD'
  /** `nurseries_lawn_and_garden_supply_stores` */
  | 'NURSERIES_LAWN_AND_GARDEN_SUPPLY_STORES'
  /** `nursing_personal_care` */
  | 'NURSING_PERSONAL_CARE'
  /** `office_and_commercial_furniture` */
  | 'OFFICE_AND_COMMERCIAL_FURNITURE'
  /** `opticians_eyeglasses` */
  | 'OPTICIANS_EYEGLASSES'
  /** `optometrists_ophthalmologist` */
  | 'OPTOMETRISTS_OPHTHALMOLOGIST'
  /** `orthopedic_goods_prosthetic_devices` */
  | 'ORTHOPEDIC_GOODS_PROSTHETIC_DEVICES'
  /** `osteopaths` */
  | 'OSTEOPATHS'
  /** `package_stores_beer_wine_and_liquor` */
  | 'PACKAGE_STORES_BEER_WINE_AND_LIQUOR'
  /** `paints_varnishes_and_supplies` */
  | 'PAINTS_VARNISHES_AND_SUPPLIES'
  /** `parking_lots_garages` */
  | 'PARKING_LOTS_GARAGES'
  /** `passenger_railways` */
  | 'PASSENGER_RAILWAYS'
  /** `pawn_shops` */
  | 'PAWN_SHOPS'
  /** `petroleum_and_petroleum_products` */
  | 'PETROLEUM_AND_PETROLEUM_PRODUCTS'
  /** `pet_shops_pet_food_and_supplies` */
  | 'PET_SHOPS_PET_FOOD_AND_SUPPLIES'
  /** `photographic_photocopy_microfilm_equipment_and_supplies` */
  | 'PHOTOGRAPHIC_PHOTOCOPY_MICROFILM_EQUIPMENT_AND_SUPPLIES'
  /** `photographic_studios` */
  | 'PHOTOGRAPHIC_STUDIOS'
  /** `photo_developing` */
  | 'PHOTO_DEVELOPING'
  /** `picture_video_production` */
  | 'PICTURE_VIDEO_PRODUCTION'
  /** `piece_goods_notions_and_other_dry_goods` */
  | 'PIECE_GOODS_NOTIONS_AND_OTHER_DRY_GOODS'
  /** `plumbing_heating_equipment_and_supplies` */
  | 'PLUMBING_HEATING_EQUIPMENT_AND_SUPPLIES'
  /** `political_organizations` */
  | 'POLITICAL_ORGANIZATIONS'
  /** `postal_services_government_only` */
  | 'POSTAL_SERVICES_GOVERNMENT_ONLY'
  /** `precious_stones_and_metals_watches_and_jewelry` */
  | 'PRECIOUS_STONES_AND_METALS_WATCHES_AND_JEWELRY'
  /** `professional_services` */
  | 'PROFESSIONAL_SERVICES'
  /** `public_warehousing_and_storage` */
  | 'PUBLIC_WAREHOUSING_AND_STORAGE'
  /** `quick_copy_repro_and_blueprint` */
  | 'QUICK_COPY_REPRO_AND_BLUEPRINT'
  /** `railroads` */
  | 'RAILROADS'
  /** `real_estate_agents_and_managers_rentals` */
  | 'REAL_ESTATE_AGENTS_AND_MANAGERS_RENTALS'
  /** `record_stores` */
  | 'RECORD_STORES'
  /** `recreational_vehicle_rentals` */
  | 'RECREATIONAL_VEHICLE_RENTALS'
  /** `religious_goods_stores` */
  | 'RELIGIOUS_GOODS_STORES'
  /** `religious_organizations` */
  | 'RELIGIOUS_ORGANIZATIONS'
  /** `roofing_siding_sheet_metal` */
  | 'ROOFING_SIDING_SHEET_METAL'
  /** `secretarial_support_services` */
  | 'SECRETARIAL_SUPPORT_SERVICES'
  /** `security_brokers_dealers` */
  | 'SECURITY_BROKERS_DEALERS'
  /** `service_stations` */
  | 'SERVICE_STATIONS'
  /** `sewing_needlework_fabric_and_piece_goods_stores` */
  | 'SEWING_NEEDLEWORK_FABRIC_AND_PIECE_GOODS_STORES'
  /** `shoe_repair_hat_cleaning` */
  | 'SHOE_REPAIR_HAT_CLEANING'
  /** `shoe_stores` */
  | 'SHOE_STORES'
  /** `small_appliance_repair` */
  | 'SMALL_APPLIANCE_REPAIR'
  /** `snowmobile_dealers` */
  | 'SNOWMOBILE_DEALERS'
  /** `specialty_cleaning` */
  | 'SPECIALTY_CLEANING'
  /** `special_trade_services` */
  | 'SPECIAL_TRADE_SERVICES'
  /** `sporting_goods_stores` */
  | 'SPORTING_GOODS_STORES'
  /** `sporting_recreation_camps` */
  | 'SPORTING_RECREATION_CAMPS'
  /** `sports_and_riding_apparel_stores` */
  | 'SPORTS_AND_RIDING_APPAREL_STORES'
  /** `sports_clubs_fields` */
  | 'SPORTS_CLUBS_FIELDS'
  /** `stamp_and_coin_stores` */
  | 'STAMP_AND_COIN_STORES'
  /** `stationary_office_supplies_printing_and_writing_paper` */
  | 'STATIONARY_OFFICE_SUPPLIES_PRINTING_AND_WRITING_PAPER'
  /** `stationery_stores_office_and_school_supply_stores` */
  | 'STATIONERY_STORES_OFFICE_AND_SCHOOL_SUPPLY_STORES'
  /** `swimming_pools_sales` */
  | 'SWIMMING_POOLS_SALES'
  /** `tailors_alterations` */
  | 'TAILORS_ALTERATIONS'
  /** `taxicabs_limousines` */
  | 'TAXICABS_LIMOUSINES'
  /** `tax_payments_government_agencies` */
  | 'TAX_PAYMENTS_GOVERNMENT_AGENCIES'
  /** `tax_preparation_services` */
  | 'TAX_PREPARATION_SERVICES'
  /** `telecommunication_equipment_and_telephone_sales` */
  | 'TELECOMMUNICATION_EQUIPMENT_AND_TELEPHONE_SALES'
  /** `telecommunication_services` */
  | 'TELECOMMUNICATION_SERVICES'
  /** `telegraph_services` */
  | 'TELEGRAPH_SERVICES'
  /** `tent_and_awning_shops` */
  | 'TENT_AND_AWNING_SHOPS'
  /** `testing_laboratories` */
  | 'TESTING_LABORATORIES'
  /** `theatrical_ticket_agencies` */
  | 'THEATRICAL_TICKET_AGENCIES'
  /** `timeshares` */
  | 'TIMESHARES'
  /** `tire_retreading_and_repair` */
  | 'TIRE_RETREADING_AND_REPAIR'
  /** `tolls_bridge_fees` */
  | 'TOLLS_BRIDGE_FEES'
  /** `tourist_attractions_and_exhibits` */
  | 'TOURIST_ATTRACTIONS_AND_EXHIBITS'
  /** `towing_services` */
  | 'TOWING_SERVICES'
  /** `trailer_parks_campgrounds` */
  | 'TRAILER_PARKS_CAMPGROUNDS'
  /** `transportation_services` */
  | 'TRANSPORTATION_SERVICES'
  /** `travel_agencies_tour_operators` */
  | 'TRAVEL_AGENCIES_TOUR_OPERATORS'
  /** `truck_stop_iteration` */
  | 'TRUCK_STOP_ITERATION'
  /** `truck_utility_trailer_rentals` */
  | 'TRUCK_UTILITY_TRAILER_RENTALS'
  /** `typesetting_plate_making_and_related_services` */
  | 'TYPESETTING_PLATE_MAKING_AND_RELATED_SERVICES'
  /** `typewriter_stores` */
  | 'TYPEWRITER_STORES'
  /** `t_ui_travel_germany` */
  | 'T_UI_TRAVEL_GERMANY'
  /** `uniforms_commercial_clothing` */
  | 'UNIFORMS_COMMERCIAL_CLOTHING'
  /** `used_merchandise_and_secondhand_stores` */
  | 'USED_MERCHANDISE_AND_SECONDHAND_STORES'
  /** `utilities` */
  | 'UTILITIES'
  /** `u_s_federal_government_agencies_or_departments` */
  | 'U_S_FEDERAL_GOVERNMENT_AGENCIES_OR_DEPARTMENTS'
  /** `variety_stores` */
  | 'VARIETY_STORES'
  /** `veterinary_services` */
  | 'VETERINARY_SERVICES'
  /** `video_amusement_game_supplies` */
  | 'VIDEO_AMUSEMENT_GAME_SUPPLIES'
  /** `video_game_arcades` */
  | 'VIDEO_GAME_ARCADES'
  /** `video_tape_rental_stores` */
  | 'VIDEO_TAPE_RENTAL_STORES'
  /** `vocational_trade_schools` */
  | 'VOCATIONAL_TRADE_SCHOOLS'
  /** `watch_jewelry_repair` */
  | 'WATCH_JEWELRY_REPAIR'
  /** `welding_repair` */
  | 'WELDING_REPAIR'
  /** `wholesale_clubs` */
  | 'WHOLESALE_CLUBS'
  /** `wig_and_toupee_stores` */
  | 'WIG_AND_TOUPEE_STORES'
  /** `wires_money_orders` */
  | 'WIRES_MONEY_ORDERS'
  /** `womens_accessory_and_specialty_shops` */
  | 'WOMENS_ACCESSORY_AND_SPECIALTY_SHOPS'
  /** `womens_ready_to_wear_stores` */
  | 'WOMENS_READY_TO_WEAR_STORES'
  /** `wrecking_and_salvage_yards` */
  | 'WRECKING_AND_SALVAGE_YARDS';

/** Interval (or event) to which the amount applies. */
export type IssuingCardSpendingControlsSpendingLimitInterval =
  /** `all_time` */
  | 'ALL_TIME'
  /** `daily` */
  | 'DAILY'
  /** `monthly` */
  | 'MONTHLY'
  /** `per_authorization` */
  | 'PER_AUTHORIZATION'
  /** `weekly` */
  | 'WEEKLY'
  /** `yearly` */
  | 'YEARLY';

/** Whether authorizations can be approved on this card. May be blocked from activating cards depending on past-due Cardholder requirements. Defaults to `inactive`. */
export type IssuingCardStatus =
  /** `active` */
  | 'ACTIVE'
  /** `canceled` */
  | 'CANCELED'
  /** `inactive` */
  | 'INACTIVE';

/** The type of the card. */
export type IssuingCardType =
  /** `physical` */
  | 'PHYSICAL'
  /** `virtual` */
  | 'VIRTUAL';

/** Reason the card is ineligible for Apple Pay */
export type IssuingCardWalletsApplePayIneligibleReason =
  /** `missing_agreement` */
  | 'MISSING_AGREEMENT'
  /** `missing_cardholder_contact` */
  | 'MISSING_CARDHOLDER_CONTACT'
  /** `unsupported_region` */
  | 'UNSUPPORTED_REGION';

/**
 * The cardholder's preferred locales (languages), ordered by preference. Locales can be `de`, `en`, `es`, `fr`, or `it`.
 *  This changes the language of the [3D Secure flow](https://docs.stripe.com/issuing/3d-secure) and one-time password messages sent to the cardholder.
 */
export type IssuingCardholderPreferredLocales =
  /** `de` */
  | 'DE'
  /** `en` */
  | 'EN'
  /** `es` */
  | 'ES'
  /** `fr` */
  | 'FR'
  /** `it` */
  | 'IT';

/** If `disabled_reason` is present, all cards will decline authorizations with `cardholder_verification_required` reason. */
export type IssuingCardholderRequirementsDisabledReason =
  /** `listed` */
  | 'LISTED'
  /** `rejected.listed` */
  | 'REJECTED_LISTED'
  /** `requirements.past_due` */
  | 'REQUIREMENTS_PAST_DUE'
  /** `under_review` */
  | 'UNDER_REVIEW';

/** Array of fields that need to be collected in order to verify and re-enable the cardholder. */
export type IssuingCardholderRequirementsPastDue =
  /** `company.tax_id` */
  | 'COMPANY_TAX_ID'
  /** `individual.card_issuing.user_terms_acceptance.date` */
  | 'INDIVIDUAL_CARD_ISSUING_USER_TERMS_ACCEPTANCE_DATE'
  /** `individual.card_issuing.user_terms_acceptance.ip` */
  | 'INDIVIDUAL_CARD_ISSUING_USER_TERMS_ACCEPTANCE_IP'
  /** `individual.dob.day` */
  | 'INDIVIDUAL_DOB_DAY'
  /** `individual.dob.month` */
  | 'INDIVIDUAL_DOB_MONTH'
  /** `individual.dob.year` */
  | 'INDIVIDUAL_DOB_YEAR'
  /** `individual.first_name` */
  | 'INDIVIDUAL_FIRST_NAME'
  /** `individual.last_name` */
  | 'INDIVIDUAL_LAST_NAME'
  /** `individual.verification.document` */
  | 'INDIVIDUAL_VERIFICATION_DOCUMENT';

/** Array of card presence statuses from which authorizations will be allowed. Possible options are `present`, `not_present`. All other statuses will be blocked. Cannot be set with `blocked_card_presences`. Provide an empty value to unset this control. */
export type IssuingCardholderSpendingControlsAllowedCardPresences =
  /** `not_present` */
  | 'NOT_PRESENT'
  /** `present` */
  | 'PRESENT';

/** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`. */
export type IssuingCardholderSpendingControlsAllowedCategories =
  /** `accounting_bookkeeping_services` */
  | 'ACCOUNTING_BOOKKEEPING_SERVICES'
  /** `ac_refrigeration_repair` */
  | 'AC_REFRIGERATION_REPAIR'
  /** `advertising_services` */
  | 'ADVERTISING_SERVICES'
  /** `agricultural_cooperative` */
  | 'AGRICULTURAL_COOPERATIVE'
  /** `airlines_air_carriers` */
  | 'AIRLINES_AIR_CARRIERS'
  /** `airports_flying_fields` */
  | 'AIRPORTS_FLYING_FIELDS'
  /** `ambulance_services` */
  | 'AMBULANCE_SERVICES'
  /** `amusement_parks_carnivals` */
  | 'AMUSEMENT_PARKS_CARNIVALS'
  /** `antique_reproductions` */
  | 'ANTIQUE_REPRODUCTIONS'
  /** `antique_shops` */
  | 'ANTIQUE_SHOPS'
  /** `aquariums` */
  | 'AQUARIUMS'
  /** `architectural_surveying_services` */
  | 'ARCHITECTURAL_SURVEYING_SERVICES'
  /** `artists_supply_and_craft_shops` */
  | 'ARTISTS_SUPPLY_AND_CRAFT_SHOPS'
  /** `art_dealers_and_galleries` */
  | 'ART_DEALERS_AND_GALLERIES'
  /** `automated_cash_disburse` */
  | 'AUTOMATED_CASH_DISBURSE'
  /** `automated_fuel_dispensers` */
  | 'AUTOMATED_FUEL_DISPENSERS'
  /** `automobile_associations` */
  | 'AUTOMOBILE_ASSOCIATIONS'
  /** `automotive_parts_and_accessories_stores` */
  | 'AUTOMOTIVE_PARTS_AND_ACCESSORIES_STORES'
  /** `automotive_tire_stores` */
  | 'AUTOMOTIVE_TIRE_STORES'
  /** `auto_and_home_supply_stores` */
  | 'AUTO_AND_HOME_SUPPLY_STORES'
  /** `auto_body_repair_shops` */
  | 'AUTO_BODY_REPAIR_SHOPS'
  /** `auto_paint_shops` */
  | 'AUTO_PAINT_SHOPS'
  /** `auto_service_shops` */
  | 'AUTO_SERVICE_SHOPS'
  /** `bail_and_bond_payments` */
  | 'BAIL_AND_BOND_PAYMENTS'
  /** `bakeries` */
  | 'BAKERIES'
  /** `bands_orchestras` */
  | 'BANDS_ORCHESTRAS'
  /** `barber_and_beauty_shops` */
  | 'BARBER_AND_BEAUTY_SHOPS'
  /** `betting_casino_gambling` */
  | 'BETTING_CASINO_GAMBLING'
  /** `bicycle_shops` */
  | 'BICYCLE_SHOPS'
  /** `billiard_pool_establishments` */
  | 'BILLIARD_POOL_ESTABLISHMENTS'
  /** `boat_dealers` */
  | 'BOAT_DEALERS'
  /** `boat_rentals_and_leases` */
  | 'BOAT_RENTALS_AND_LEASES'
  /** `books_periodicals_and_newspapers` */
  | 'BOOKS_PERIODICALS_AND_NEWSPAPERS'
  /** `book_stores` */
  | 'BOOK_STORES'
  /** `bowling_alleys` */
  | 'BOWLING_ALLEYS'
  /** `business_secretarial_schools` */
  | 'BUSINESS_SECRETARIAL_SCHOOLS'
  /** `bus_lines` */
  | 'BUS_LINES'
  /** `buying_shopping_services` */
  | 'BUYING_SHOPPING_SERVICES'
  /** `cable_satellite_and_other_pay_television_and_radio` */
  | 'CABLE_SATELLITE_AND_OTHER_PAY_TELEVISION_AND_RADIO'
  /** `camera_and_photographic_supply_stores` */
  | 'CAMERA_AND_PHOTOGRAPHIC_SUPPLY_STORES'
  /** `candy_nut_and_confectionery_stores` */
  | 'CANDY_NUT_AND_CONFECTIONERY_STORES'
  /** `carpentry_services` */
  | 'CARPENTRY_SERVICES'
  /** `carpet_upholstery_cleaning` */
  | 'CARPET_UPHOLSTERY_CLEANING'
  /** `car_and_truck_dealers_new_used` */
  | 'CAR_AND_TRUCK_DEALERS_NEW_USED'
  /** `car_and_truck_dealers_used_only` */
  | 'CAR_AND_TRUCK_DEALERS_USED_ONLY'
  /** `car_rental_agencies` */
  | 'CAR_RENTAL_AGENCIES'
  /** `car_washes` */
  | 'CAR_WASHES'
  /** `caterers` */
  | 'CATERERS'
  /** `charitable_and_social_service_organizations_fundraising` */
  | 'CHARITABLE_AND_SOCIAL_SERVICE_ORGANIZATIONS_FUNDRAISING'
  /** `chemicals_and_allied_products` */
  | 'CHEMICALS_AND_ALLIED_PRODUCTS'
  /** `childrens_and_infants_wear_stores` */
  | 'CHILDRENS_AND_INFANTS_WEAR_STORES'
  /** `child_care_services` */
  | 'CHILD_CARE_SERVICES'
  /** `chiropodists_podiatrists` */
  | 'CHIROPODISTS_PODIATRISTS'
  /** `chiropractors` */
  | 'CHIROPRACTORS'
  /** `cigar_stores_and_stands` */
  | 'CIGAR_STORES_AND_STANDS'
  /** `civic_social_fraternal_associations` */
  | 'CIVIC_SOCIAL_FRATERNAL_ASSOCIATIONS'
  /** `cleaning_and_maintenance` */
  | 'CLEANING_AND_MAINTENANCE'
  /** `clothing_rental` */
  | 'CLOTHING_RENTAL'
  /** `colleges_universities` */
  | 'COLLEGES_UNIVERSITIES'
  /** `commercial_equipment` */
  | 'COMMERCIAL_EQUIPMENT'
  /** `commercial_footwear` */
  | 'COMMERCIAL_FOOTWEAR'
  /** `commercial_photography_art_and_graphics` */
  | 'COMMERCIAL_PHOTOGRAPHY_ART_AND_GRAPHICS'
  /** `commuter_transport_and_ferries` */
  | 'COMMUTER_TRANSPORT_AND_FERRIES'
  /** `computers_peripherals_and_software` */
  | 'COMPUTERS_PERIPHERALS_AND_SOFTWARE'
  /** `computer_network_services` */
  | 'COMPUTER_NETWORK_SERVICES'
  /** `computer_programming` */
  | 'COMPUTER_PROGRAMMING'
  /** `computer_repair` */
  | 'COMPUTER_REPAIR'
  /** `computer_software_stores` */
  | 'COMPUTER_SOFTWARE_STORES'
  /** `concrete_work_services` */
  | 'CONCRETE_WORK_SERVICES'
  /** `construction_materials` */
  | 'CONSTRUCTION_MATERIALS'
  /** `consulting_public_relations` */
  | 'CONSULTING_PUBLIC_RELATIONS'
  /** `correspondence_schools` */
  | 'CORRESPONDENCE_SCHOOLS'
  /** `cosmetic_stores` */
  | 'COSMETIC_STORES'
  /** `counseling_services` */
  | 'COUNSELING_SERVICES'
  /** `country_clubs` */
  | 'COUNTRY_CLUBS'
  /** `courier_services` */
  | 'COURIER_SERVICES'
  /** `court_costs` */
  | 'COURT_COSTS'
  /** `credit_reporting_agencies` */
  | 'CREDIT_REPORTING_AGENCIES'
  /** `cruise_lines` */
  | 'CRUISE_LINES'
  /** `dairy_products_stores` */
  | 'DAIRY_PRODUCTS_STORES'
  /** `dance_hall_studios_schools` */
  | 'DANCE_HALL_STUDIOS_SCHOOLS'
  /** `dating_escort_services` */
  | 'DATING_ESCORT_SERVICES'
  /** `dentists_orthodontists` */
  | 'DENTISTS_ORTHODONTISTS'
  /** `department_stores` */
  | 'DEPARTMENT_STORES'
  /** `detective_agencies` */
  | 'DETECTIVE_AGENCIES'
  /** `digital_goods_applications` */
  | 'DIGITAL_GOODS_APPLICATIONS'
  /** `digital_goods_games` */
  | 'DIGITAL_GOODS_GAMES'
  /** `digital_goods_large_volume` */
  | 'DIGITAL_GOODS_LARGE_VOLUME'
  /** `digital_goods_media` */
  | 'DIGITAL_GOODS_MEDIA'
  /** `direct_marketing_catalog_merchant` */
  | 'DIRECT_MARKETING_CATALOG_MERCHANT'
  /** `direct_marketing_combination_catalog_and_retail_merchant` */
  | 'DIRECT_MARKETING_COMBINATION_CATALOG_AND_RETAIL_MERCHANT'
  /** `direct_marketing_inbound_telemarketing` */
  | 'DIRECT_MARKETING_INBOUND_TELEMARKETING'
  /** `direct_marketing_insurance_services` */
  | 'DIRECT_MARKETING_INSURANCE_SERVICES'
  /** `direct_marketing_other` */
  | 'DIRECT_MARKETING_OTHER'
  /** `direct_marketing_outbound_telemarketing` */
  | 'DIRECT_MARKETING_OUTBOUND_TELEMARKETING'
  /** `direct_marketing_subscription` */
  | 'DIRECT_MARKETING_SUBSCRIPTION'
  /** `direct_marketing_travel` */
  | 'DIRECT_MARKETING_TRAVEL'
  /** `discount_stores` */
  | 'DISCOUNT_STORES'
  /** `doctors` */
  | 'DOCTORS'
  /** `door_to_door_sales` */
  | 'DOOR_TO_DOOR_SALES'
  /** `drapery_window_covering_and_upholstery_stores` */
  | 'DRAPERY_WINDOW_COVERING_AND_UPHOLSTERY_STORES'
  /** `drinking_places` */
  | 'DRINKING_PLACES'
  /** `drugs_drug_proprietaries_and_druggist_sundries` */
  | 'DRUGS_DRUG_PROPRIETARIES_AND_DRUGGIST_SUNDRIES'
  /** `drug_stores_and_pharmacies` */
  | 'DRUG_STORES_AND_PHARMACIES'
  /** `dry_cleaners` */
  | 'DRY_CLEANERS'
  /** `durable_goods` */
  | 'DURABLE_GOODS'
  /** `duty_free_stores` */
  | 'DUTY_FREE_STORES'
  /** `eating_places_restaurants` */
  | 'EATING_PLACES_RESTAURANTS'
  /** `educational_services` */
  | 'EDUCATIONAL_SERVICES'
  /** `electrical_parts_and_equipment` */
  | 'ELECTRICAL_PARTS_AND_EQUIPMENT'
  /** `electrical_services` */
  | 'ELECTRICAL_SERVICES'
  /** `electric_razor_stores` */
  | 'ELECTRIC_RAZOR_STORES'
  /** `electric_vehicle_charging` */
  | 'ELECTRIC_VEHICLE_CHARGING'
  /** `electronics_repair_shops` */
  | 'ELECTRONICS_REPAIR_SHOPS'
  /** `electronics_stores` */
  | 'ELECTRONICS_STORES'
  /** `elementary_secondary_schools` */
  | 'ELEMENTARY_SECONDARY_SCHOOLS'
  /** `emergency_services_gcas_visa_use_only` */
  | 'EMERGENCY_SERVICES_GCAS_VISA_USE_ONLY'
  /** `employment_temp_agencies` */
  | 'EMPLOYMENT_TEMP_AGENCIES'
  /** `equipment_rental` */
  | 'EQUIPMENT_RENTAL'
  /** `exterminating_services` */
  | 'EXTERMINATING_SERVICES'
  /** `family_clothing_stores` */
  | 'FAMILY_CLOTHING_STORES'
  /** `fast_food_restaurants` */
  | 'FAST_FOOD_RESTAURANTS'
  /** `financial_institutions` */
  | 'FINANCIAL_INSTITUTIONS'
  /** `fines_government_administrative_entities` */
  | 'FINES_GOVERNMENT_ADMINISTRATIVE_ENTITIES'
  /** `fireplace_fireplace_screens_and_accessories_stores` */
  | 'FIREPLACE_FIREPLACE_SCREENS_AND_ACCESSORIES_STORES'
  /** `floor_covering_stores` */
  | 'FLOOR_COVERING_STORES'
  /** `florists` */
  | 'FLORISTS'
  /** `florists_supplies_nursery_stock_and_flowers` */
  | 'FLORISTS_SUPPLIES_NURSERY_STOCK_AND_FLOWERS'
  /** `freezer_and_locker_meat_provisioners` */
  | 'FREEZER_AND_LOCKER_MEAT_PROVISIONERS'
  /** `fuel_dealers_non_automotive` */
  | 'FUEL_DEALERS_NON_AUTOMOTIVE'
  /** `funeral_services_crematories` */
  | 'FUNERAL_SERVICES_CREMATORIES'
  /** `furniture_home_furnishings_and_equipment_stores_except_appliances` */
  | 'FURNITURE_HOME_FURNISHINGS_AND_EQUIPMENT_STORES_EXCEPT_APPLIANCES'
  /** `furniture_repair_refinishing` */
  | 'FURNITURE_REPAIR_REFINISHING'
  /** `furriers_and_fur_shops` */
  | 'FURRIERS_AND_FUR_SHOPS'
  /** `general_services` */
  | 'GENERAL_SERVICES'
  /** `gift_card_novelty_and_souvenir_shops` */
  | 'GIFT_CARD_NOVELTY_AND_SOUVENIR_SHOPS'
  /** `glassware_crystal_stores` */
  | 'GLASSWARE_CRYSTAL_STORES'
  /** `glass_paint_and_wallpaper_stores` */
  | 'GLASS_PAINT_AND_WALLPAPER_STORES'
  /** `golf_courses_public` */
  | 'GOLF_COURSES_PUBLIC'
  /** `government_licensed_horse_dog_racing_us_region_only` */
  | 'GOVERNMENT_LICENSED_HORSE_DOG_RACING_US_REGION_ONLY'
  /** `government_licensed_online_casions_online_gambling_us_region_only` */
  | 'GOVERNMENT_LICENSED_ONLINE_CASIONS_ONLINE_GAMBLING_US_REGION_ONLY'
  /** `government_owned_lotteries_non_us_region` */
  | 'GOVERNMENT_OWNED_LOTTERIES_NON_US_REGION'
  /** `government_owned_lotteries_us_region_only` */
  | 'GOVERNMENT_OWNED_LOTTERIES_US_REGION_ONLY'
  /** `government_services` */
  | 'GOVERNMENT_SERVICES'
  /** `grocery_stores_supermarkets` */
  | 'GROCERY_STORES_SUPERMARKETS'
  /** `hardware_equipment_and_supplies` */
  | 'HARDWARE_EQUIPMENT_AND_SUPPLIES'
  /** `hardware_stores` */
  | 'HARDWARE_STORES'
  /** `health_and_beauty_spas` */
  | 'HEALTH_AND_BEAUTY_SPAS'
  /** `hearing_aids_sales_and_supplies` */
  | 'HEARING_AIDS_SALES_AND_SUPPLIES'
  /** `heating_plumbing_a_c` */
  | 'HEATING_PLUMBING_A_C'
  /** `hobby_toy_and_game_shops` */
  | 'HOBBY_TOY_AND_GAME_SHOPS'
  /** `home_supply_warehouse_stores` */
  | 'HOME_SUPPLY_WAREHOUSE_STORES'
  /** `hospitals` */
  | 'HOSPITALS'
  /** `hotels_motels_and_resorts` */
  | 'HOTELS_MOTELS_AND_RESORTS'
  /** `household_appliance_stores` */
  | 'HOUSEHOLD_APPLIANCE_STORES'
  /** `industrial_supplies` */
  | 'INDUSTRIAL_SUPPLIES'
  /** `information_retrieval_services` */
  | 'INFORMATION_RETRIEVAL_SERVICES'
  /** `insurance_default` */
  | 'INSURANCE_DEFAULT'
  /** `insurance_underwriting_premiums` */
  | 'INSURANCE_UNDERWRITING_PREMIUMS'
  /** `intra_company_purchases` */
  | 'INTRA_COMPANY_PURCHASES'
  /** `jewelry_stores_watches_clocks_and_silverware_stores` */
  | 'JEWELRY_STORES_WATCHES_CLOCKS_AND_SILVERWARE_STORES'
  /** `landscaping_services` */
  | 'LANDSCAPING_SERVICES'
  /** `laundries` */
  | 'LAUNDRIES'
  /** `laundry_cleaning_services` */
  | 'LAUNDRY_CLEANING_SERVICES'
  /** `legal_services_attorneys` */
  | 'LEGAL_SERVICES_ATTORNEYS'
  /** `luggage_and_leather_goods_stores` */
  | 'LUGGAGE_AND_LEATHER_GOODS_STORES'
  /** `lumber_building_materials_stores` */
  | 'LUMBER_BUILDING_MATERIALS_STORES'
  /** `manual_cash_disburse` */
  | 'MANUAL_CASH_DISBURSE'
  /** `marinas_service_and_supplies` */
  | 'MARINAS_SERVICE_AND_SUPPLIES'
  /** `marketplaces` */
  | 'MARKETPLACES'
  /** `masonry_stonework_and_plaster` */
  | 'MASONRY_STONEWORK_AND_PLASTER'
  /** `massage_parlors` */
  | 'MASSAGE_PARLORS'
  /** `medical_and_dental_labs` */
  | 'MEDICAL_AND_DENTAL_LABS'
  /** `medical_dental_ophthalmic_and_hospital_equipment_and_supplies` */
  | 'MEDICAL_DENTAL_OPHTHALMIC_AND_HOSPITAL_EQUIPMENT_AND_SUPPLIES'
  /** `medical_services` */
  | 'MEDICAL_SERVICES'
  /** `membership_organizations` */
  | 'MEMBERSHIP_ORGANIZATIONS'
  /** `mens_and_boys_clothing_and_accessories_stores` */
  | 'MENS_AND_BOYS_CLOTHING_AND_ACCESSORIES_STORES'
  /** `mens_womens_clothing_stores` */
  | 'MENS_WOMENS_CLOTHING_STORES'
  /** `metal_service_centers` */
  | 'METAL_SERVICE_CENTERS'
  /** `miscellaneous` */
  | 'MISCELLANEOUS'
  /** `miscellaneous_apparel_and_accessory_shops` */
  | 'MISCELLANEOUS_APPAREL_AND_ACCESSORY_SHOPS'
  /** `miscellaneous_auto_dealers` */
  | 'MISCELLANEOUS_AUTO_DEALERS'
  /** `miscellaneous_business_services` */
  | 'MISCELLANEOUS_BUSINESS_SERVICES'
  /** `miscellaneous_food_stores` */
  | 'MISCELLANEOUS_FOOD_STORES'
  /** `miscellaneous_general_merchandise` */
  | 'MISCELLANEOUS_GENERAL_MERCHANDISE'
  /** `miscellaneous_general_services` */
  | 'MISCELLANEOUS_GENERAL_SERVICES'
  /** `miscellaneous_home_furnishing_specialty_stores` */
  | 'MISCELLANEOUS_HOME_FURNISHING_SPECIALTY_STORES'
  /** `miscellaneous_publishing_and_printing` */
  | 'MISCELLANEOUS_PUBLISHING_AND_PRINTING'
  /** `miscellaneous_recreation_services` */
  | 'MISCELLANEOUS_RECREATION_SERVICES'
  /** `miscellaneous_repair_shops` */
  | 'MISCELLANEOUS_REPAIR_SHOPS'
  /** `miscellaneous_specialty_retail` */
  | 'MISCELLANEOUS_SPECIALTY_RETAIL'
  /** `mobile_home_dealers` */
  | 'MOBILE_HOME_DEALERS'
  /** `motion_picture_theaters` */
  | 'MOTION_PICTURE_THEATERS'
  /** `motorcycle_shops_and_dealers` */
  | 'MOTORCYCLE_SHOPS_AND_DEALERS'
  /** `motorcycle_shops_dealers` */
  | 'MOTORCYCLE_SHOPS_DEALERS'
  /** `motor_freight_carriers_and_trucking` */
  | 'MOTOR_FREIGHT_CARRIERS_AND_TRUCKING'
  /** `motor_homes_dealers` */
  | 'MOTOR_HOMES_DEALERS'
  /** `motor_vehicle_supplies_and_new_parts` */
  | 'MOTOR_VEHICLE_SUPPLIES_AND_NEW_PARTS'
  /** `music_stores_musical_instruments_pianos_and_sheet_music` */
  | 'MUSIC_STORES_MUSICAL_INSTRUMENTS_PIANOS_AND_SHEET_MUSIC'
  /** `news_dealers_and_newsstands` */
  | 'NEWS_DEALERS_AND_NEWSSTANDS'
  /** `nondurable_goods` */
  | 'NONDURABLE_GOODS'
  /** `non_fi_money_orders` */
  | 'NON_FI_MONEY_ORDERS'
  /** `non_fi_stored_value_card_purchase_load` */
  | 'NON_FI_STORED_VALUE_CARD_PURCHASE_LOAD'
  /** `nurseries_lawn_and_garden_supply_stores` */
  | 'NURSERIES_LAWN_AND_GARDEN_SUPPLY_STORES'
  /** `nursing_personal_care` */
  | 'NURSING_PERSONAL_CARE'
  /** `office_and_commercial_furniture` */
  | 'OFFICE_AND_COMMERCIAL_FURNITURE'
  /** `opticians_eyeglasses` */
  | 'OPTICIANS_EYEGLASSES'
  /** `optometrists_ophthalmologist` */
  | 'OPTOMETRISTS_OPHTHALMOLOGIST'
  /** `orthopedic_goods_prosthetic_devices` */
  | 'ORTHOPEDIC_GOODS_PROSTHETIC_DEVICES'
  /** `osteopaths` */
  | 'OSTEOPATHS'
  /** `package_stores_beer_wine_and_liquor` */
  | 'PACKAGE_STORES_BEER_WINE_AND_LIQUOR'
  /** `paints_varnishes_and_supplies` */
  | 'PAINTS_VARNISHES_AND_SUPPLIES'
  /** `parking_lots_garages` */
  | 'PARKING_LOTS_GARAGES'
  /** `passenger_railways` */
  | 'PASSENGER_RAILWAYS'
  /** `pawn_shops` */
  | 'PAWN_SHOPS'
  /** `petroleum_and_petroleum_products` */
  | 'PETROLEUM_AND_PETROLEUM_PRODUCTS'
  /** `pet_shops_pet_food_and_supplies` */
  | 'PET_SHOPS_PET_FOOD_AND_SUPPLIES'
  /** `photographic_photocopy_microfilm_equipment_and_supplies` */
  | 'PHOTOGRAPHIC_PHOTOCOPY_MICROFILM_EQUIPMENT_AND_SUPPLIES'
  /** `photographic_studios` */
  | 'PHOTOGRAPHIC_STUDIOS'
  /** `photo_developing` */
  | 'PHOTO_DEVELOPING'
  /** `picture_video_production` */
  | 'PICTURE_VIDEO_PRODUCTION'
  /** `piece_goods_notions_and_other_dry_goods` */
  | 'PIECE_GOODS_NOTIONS_AND_OTHER_DRY_GOODS'
  /** `plumbing_heating_equipment_and_supplies` */
  | 'PLUMBING_HEATING_EQUIPMENT_AND_SUPPLIES'
  /** `political_organizations` */
  | 'POLITICAL_ORGANIZATIONS'
  /** `postal_services_government_only` */
  | 'POSTAL_SERVICES_GOVERNMENT_ONLY'
  /** `precious_stones_and_metals_watches_and_jewelry` */
  | 'PRECIOUS_STONES_AND_METALS_WATCHES_AND_JEWELRY'
  /** `professional_services` */
  | 'PROFESSIONAL_SERVICES'
  /** `public_warehousing_and_storage` */
  | 'PUBLIC_WAREHOUSING_AND_STORAGE'
  /** `quick_copy_repro_and_blueprint` */
  | 'QUICK_COPY_REPRO_AND_BLUEPRINT'
  /** `railroads` */
  | 'RAILROADS'
  /** `real_estate_agents_and_managers_rentals` */
  | 'REAL_ESTATE_AGENTS_AND_MANAGERS_RENTALS'
  /** `record_stores` */
  | 'RECORD_STORES'
  /** `recreational_vehicle_rentals` */
  | 'RECREATIONAL_VEHICLE_RENTALS'
  /** `religious_goods_stores` */
  | 'RELIGIOUS_GOODS_STORES'
  /** `religious_organizations` */
  | 'RELIGIOUS_ORGANIZATIONS'
  /** `roofing_siding_sheet_metal` */
  | 'ROOFING_SIDING_SHEET_METAL'
  /** `secretarial_support_services` */
  | 'SECRETARIAL_SUPPORT_SERVICES'
  /** `security_brokers_dealers` */
  | 'SECURITY_BROKERS_DEALERS'
  /** `service_stations` */
  | 'SERVICE_STATIONS'
  /** `sewing_needlework_fabric_and_piece_goods_stores` */
  | 'SEWING_NEEDLEWORK_FABRIC_AND_PIECE_GOODS_STORES'
  /** `shoe_repair_hat_cleaning` */
  | 'SHOE_REPAIR_HAT_CLEANING'
  /** `shoe_stores` */
  | 'SHOE_STORES'
  /** `small_appliance_repair` */
  | 'SMALL_APPLIANCE_REPAIR'
  /** `snowmobile_dealers` */
  | 'SNOWMOBILE_DEALERS'
  /** `specialty_cleaning` */
  | 'SPECIALTY_CLEANING'
  /** `special_trade_services` */
  | 'SPECIAL_TRADE_SERVICES'
  /** `sporting_goods_stores` */
  | 'SPORTING_GOODS_STORES'
  /** `sporting_recreation_camps` */
  | 'SPORTING_RECREATION_CAMPS'
  /** `sports_and_riding_apparel_stores` */
  | 'SPORTS_AND_RIDING_APPAREL_STORES'
  /** `sports_clubs_fields` */
  | 'SPORTS_CLUBS_FIELDS'
  /** `stamp_and_coin_stores` */
  | 'STAMP_AND_COIN_STORES'
  /** `stationary_office_supplies_printing_and_writing_paper` */
  | 'STATIONARY_OFFICE_SUPPLIES_PRINTING_AND_WRITING_PAPER'
  /** `stationery_stores_office_and_school_supply_stores` */
  | 'STATIONERY_STORES_OFFICE_AND_SCHOOL_SUPPLY_STORES'
  /** `swimming_pools_sales` */
  | 'SWIMMING_POOLS_SALES'
  /** `tailors_alterations` */
  | 'TAILORS_ALTERATIONS'
  /** `taxicabs_limousines` */
  | 'TAXICABS_LIMOUSINES'
  /** `tax_payments_government_agencies` */
  | 'TAX_PAYMENTS_GOVERNMENT_AGENCIES'
  /** `tax_preparation_services` */
  | 'TAX_PREPARATION_SERVICES'
  /** `telecommunication_equipment_and_telephone_sales` */
  | 'TELECOMMUNICATION_EQUIPMENT_AND_TELEPHONE_SALES'
  /** `telecommunication_services` */
  | 'TELECOMMUNICATION_SERVICES'
  /** `telegraph_services` */
  | 'TELEGRAPH_SERVICES'
  /** `tent_and_awning_shops` */
  | 'TENT_AND_AWNING_SHOPS'
  /** `testing_laboratories` */
  | 'TESTING_LABORATORIES'
  /** `theatrical_ticket_agencies` */
  | 'THEATRICAL_TICKET_AGENCIES'
  /** `timeshares` */
  | 'TIMESHARES'
  /** `tire_retreading_and_repair` */
  | 'TIRE_RETREADING_AND_REPAIR'
  /** `tolls_bridge_fees` */
  | 'TOLLS_BRIDGE_FEES'
  /** `tourist_attractions_and_exhibits` */
  | 'TOURIST_ATTRACTIONS_AND_EXHIBITS'
  /** `towing_services` */
  | 'TOWING_SERVICES'
  /** `trailer_parks_campgrounds` */
  | 'TRAILER_PARKS_CAMPGROUNDS'
  /** `transportation_services` */
  | 'TRANSPORTATION_SERVICES'
  /** `travel_agencies_tour_operators` */
  | 'TRAVEL_AGENCIES_TOUR_OPERATORS'
  /** `truck_stop_iteration` */
  | 'TRUCK_STOP_ITERATION'
  /** `truck_utility_trailer_rentals` */
  | 'TRUCK_UTILITY_TRAILER_RENTALS'
  /** `typesetting_plate_making_and_related_services` */
  | 'TYPESETTING_PLATE_MAKING_AND_RELATED_SERVICES'
  /** `typewriter_stores` */
  | 'TYPEWRITER_STORES'
  /** `t_ui_travel_germany` */
  | 'T_UI_TRAVEL_GERMANY'
  /** `uniforms_commercial_clothing` */
  | 'UNIFORMS_COMMERCIAL_CLOTHING'
  /** `used_merchandise_and_secondhand_stores` */
  | 'USED_MERCHANDISE_AND_SECONDHAND_STORES'
  /** `utilities` */
  | 'UTILITIES'
  /** `u_s_federal_government_agencies_or_departments` */
  | 'U_S_FEDERAL_GOVERNMENT_AGENCIES_OR_DEPARTMENTS'
  /** `variety_stores` */
  | 'VARIETY_STORES'
  /** `veterinary_services` */
  | 'VETERINARY_SERVICES'
  /** `video_amusement_game_supplies` */
  | 'VIDEO_AMUSEMENT_GAME_SUPPLIES'
  /** `video_game_arcades` */
  | 'VIDEO_GAME_ARCADES'
  /** `video_tape_rental_stores` */
  | 'VIDEO_TAPE_RENTAL_STORES'
  /** `vocational_trade_schools` */
  | 'VOCATIONAL_TRADE_SCHOOLS'
  /** `watch_jewelry_repair` */
  | 'WATCH_JEWELRY_REPAIR'
  /** `welding_repair` */
  | 'WELDING_REPAIR'
  /** `wholesale_clubs` */
  | 'WHOLESALE_CLUBS'
  /** `wig_and_toupee_stores` */
  | 'WIG_AND_TOUPEE_STORES'
  /** `wires_money_orders` */
  | 'WIRES_MONEY_ORDERS'
  /** `womens_accessory_and_specialty_shops` */
  | 'WOMENS_ACCESSORY_AND_SPECIALTY_SHOPS'
  /** `womens_ready_to_wear_stores` */
  | 'WOMENS_READY_TO_WEAR_STORES'
  /** `wrecking_and_salvage_yards` */
  | 'WRECKING_AND_SALVAGE_YARDS';

/** Interval (or event) to which the amount applies. */
export type IssuingCardholderSpendingControlsSpendingLimitInterval =
  /** `all_time` */
  | 'ALL_TIME'
  /** `daily` */
  | 'DAILY'
  /** `monthly` */
  | 'MONTHLY'
  /** `per_authorization` */
  | 'PER_AUTHORIZATION'
  /** `weekly` */
  | 'WEEKLY'
  /** `yearly` */
  | 'YEARLY';

/** Specifies whether to permit authorizations on this cardholder's cards. */
export type IssuingCardholderStatus =
  /** `active` */
  | 'ACTIVE'
  /** `blocked` */
  | 'BLOCKED'
  /** `inactive` */
  | 'INACTIVE';

/** One of `individual` or `company`. See [Choose a cardholder type](https://docs.stripe.com/issuing/other/choose-cardholder) for more details. */
export type IssuingCardholderType =
  /** `company` */
  | 'COMPANY'
  /** `individual` */
  | 'INDIVIDUAL';

/** Whether the product was a merchandise or service. */
export type IssuingDisputeEvidenceCanceledProductType =
  /** `merchandise` */
  | 'MERCHANDISE'
  /** `service` */
  | 'SERVICE';

/** Result of cardholder's attempt to return the product. */
export type IssuingDisputeEvidenceCanceledReturnStatus =
  /** `merchant_rejected` */
  | 'MERCHANT_REJECTED'
  /** `successful` */
  | 'SUCCESSFUL';

/** The reason for filing the dispute. Its value will match the field containing the evidence. */
export type IssuingDisputeEvidenceReason =
  /** `canceled` */
  | 'CANCELED'
  /** `duplicate` */
  | 'DUPLICATE'
  /** `fraudulent` */
  | 'FRAUDULENT'
  /** `merchandise_not_as_described` */
  | 'MERCHANDISE_NOT_AS_DESCRIBED'
  /** `not_received` */
  | 'NOT_RECEIVED'
  /** `no_valid_authorization` */
  | 'NO_VALID_AUTHORIZATION'
  /** `other` */
  | 'OTHER'
  /** `service_not_as_described` */
  | 'SERVICE_NOT_AS_DESCRIBED';

/** The enum that describes the dispute loss outcome. If the dispute is not lost, this field will be absent. New enum values may be added in the future, so be sure to handle unknown values. */
export type IssuingDisputeLossReason =
  /** `cardholder_authentication_issuer_liability` */
  | 'CARDHOLDER_AUTHENTICATION_ISSUER_LIABILITY'
  /** `eci5_token_transaction_with_tavv` */
  | 'ECI5_TOKEN_TRANSACTION_WITH_TAVV'
  /** `excess_disputes_in_timeframe` */
  | 'EXCESS_DISPUTES_IN_TIMEFRAME'
  /** `has_not_met_the_minimum_dispute_amount_requirements` */
  | 'HAS_NOT_MET_THE_MINIMUM_DISPUTE_AMOUNT_REQUIREMENTS'
  /** `invalid_duplicate_dispute` */
  | 'INVALID_DUPLICATE_DISPUTE'
  /** `invalid_incorrect_amount_dispute` */
  | 'INVALID_INCORRECT_AMOUNT_DISPUTE'
  /** `invalid_no_authorization` */
  | 'INVALID_NO_AUTHORIZATION'
  /** `invalid_use_of_disputes` */
  | 'INVALID_USE_OF_DISPUTES'
  /** `merchandise_delivered_or_shipped` */
  | 'MERCHANDISE_DELIVERED_OR_SHIPPED'
  /** `merchandise_or_service_as_described` */
  | 'MERCHANDISE_OR_SERVICE_AS_DESCRIBED'
  /** `not_cancelled` */
  | 'NOT_CANCELLED'
  /** `other` */
  | 'OTHER'
  /** `refund_issued` */
  | 'REFUND_ISSUED'
  /** `submitted_beyond_allowable_time_limit` */
  | 'SUBMITTED_BEYOND_ALLOWABLE_TIME_LIMIT'
  /** `transaction_3ds_required` */
  | 'TRANSACTION_3DS_REQUIRED'
  /** `transaction_approved_after_prior_fraud_dispute` */
  | 'TRANSACTION_APPROVED_AFTER_PRIOR_FRAUD_DISPUTE'
  /** `transaction_authorized` */
  | 'TRANSACTION_AUTHORIZED'
  /** `transaction_electronically_read` */
  | 'TRANSACTION_ELECTRONICALLY_READ'
  /** `transaction_qualifies_for_visa_easy_payment_service` */
  | 'TRANSACTION_QUALIFIES_FOR_VISA_EASY_PAYMENT_SERVICE'
  /** `transaction_unattended` */
  | 'TRANSACTION_UNATTENDED';

/** Current status of the dispute. */
export type IssuingDisputeStatus =
  /** `expired` */
  | 'EXPIRED'
  /** `lost` */
  | 'LOST'
  /** `submitted` */
  | 'SUBMITTED'
  /** `unsubmitted` */
  | 'UNSUBMITTED'
  /** `won` */
  | 'WON';

/** The reason(s) the card logo was rejected. */
export type IssuingPersonalizationDesignRejectionReasonsCardLogo =
  /** `geographic_location` */
  | 'GEOGRAPHIC_LOCATION'
  /** `inappropriate` */
  | 'INAPPROPRIATE'
  /** `network_name` */
  | 'NETWORK_NAME'
  /** `non_binary_image` */
  | 'NON_BINARY_IMAGE'
  /** `non_fiat_currency` */
  | 'NON_FIAT_CURRENCY'
  /** `other` */
  | 'OTHER'
  /** `other_entity` */
  | 'OTHER_ENTITY'
  /** `promotional_material` */
  | 'PROMOTIONAL_MATERIAL';

/** The reason(s) the carrier text was rejected. */
export type IssuingPersonalizationDesignRejectionReasonsCarrierText =
  /** `geographic_location` */
  | 'GEOGRAPHIC_LOCATION'
  /** `inappropriate` */
  | 'INAPPROPRIATE'
  /** `network_name` */
  | 'NETWORK_NAME'
  /** `non_fiat_currency` */
  | 'NON_FIAT_CURRENCY'
  /** `other` */
  | 'OTHER'
  /** `other_entity` */
  | 'OTHER_ENTITY'
  /** `promotional_material` */
  | 'PROMOTIONAL_MATERIAL';

/** Whether this personalization design can be used to create cards. */
export type IssuingPersonalizationDesignStatus =
  /** `active` */
  | 'ACTIVE'
  /** `inactive` */
  | 'INACTIVE'
  /** `rejected` */
  | 'REJECTED'
  /** `review` */
  | 'REVIEW';

/** The policy for how to use card logo images in a card design with this physical bundle. */
export type IssuingPhysicalBundleFeaturesCardLogo =
  /** `optional` */
  | 'OPTIONAL'
  /** `required` */
  | 'REQUIRED'
  /** `unsupported` */
  | 'UNSUPPORTED';

/** Whether this physical bundle can be used to create cards. */
export type IssuingPhysicalBundleStatus =
  /** `active` */
  | 'ACTIVE'
  /** `inactive` */
  | 'INACTIVE'
  /** `review` */
  | 'REVIEW';

/** Whether this physical bundle is a standard Stripe offering or custom-made for you. */
export type IssuingPhysicalBundleType =
  /** `custom` */
  | 'CUSTOM'
  /** `standard` */
  | 'STANDARD';

/** The nature of the transaction. */
export type IssuingTransactionType =
  /** `capture` */
  | 'CAPTURE'
  /** `refund` */
  | 'REFUND';

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

export type ResendEventInput = {
  /** The event. */
  id: string | number;
  idempotencyKey?: string | null | undefined;
  webhookEndpoint: string | number;
};

/** The input of `submitIssuingDispute`: the parameters of Stripe's `POST /v1/issuing/disputes/{id}/submit` and the object it acts on. */
export type SubmitIssuingDisputeInput = {
  /** The IssuingDispute to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
};

/** The input of `testHelpersActivateIssuingPersonalizationDesign`: the parameters of Stripe's `POST /v1/test_helpers/issuing/personalization_designs/{id}/activate` and the object it acts on. */
export type TestHelpersActivateIssuingPersonalizationDesignInput = {
  /** The IssuingPersonalizationDesign to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

/** The input of `testHelpersCaptureIssuingAuthorization`: the parameters of Stripe's `POST /v1/test_helpers/issuing/authorizations/{id}/capture` and the object it acts on. */
export type TestHelpersCaptureIssuingAuthorizationInput = {
  /** The amount to capture from the authorization. If not provided, the full amount of the authorization will be captured. This amount is in the authorization currency and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  captureAmount?: number | null | undefined;
  /** Whether to close the authorization after capture. Defaults to true. Set to false to enable multi-capture flows. */
  closeAuthorization?: boolean | null | undefined;
  /** The IssuingAuthorization to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Additional purchase information that is optionally provided by the merchant. */
  purchaseDetails?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsInput | null | undefined;
};

/** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetCardholderPromptDataInput = {
  /** Driver ID. */
  driverId?: string | null | undefined;
  /** Odometer reading. */
  odometer?: number | null | undefined;
  /** An alphanumeric ID. This field is used when a vehicle ID, driver ID, or generic ID is entered by the cardholder, but the merchant or card network did not specify the prompt type. */
  unspecifiedId?: string | null | undefined;
  /** User ID. */
  userId?: string | null | undefined;
  /** Vehicle number. */
  vehicleNumber?: string | null | undefined;
};

/** Fleet-specific information for transactions using Fleet cards. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetInput = {
  /** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
  cardholderPromptData?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetCardholderPromptDataInput | null | undefined;
  /** The type of purchase. One of `fuel_purchase`, `non_fuel_purchase`, or `fuel_and_non_fuel_purchase`. */
  purchaseType?: IssuingAuthorizationFleetPurchaseType | null | undefined;
  /** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
  reportedBreakdown?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownInput | null | undefined;
  /** The type of fuel service. One of `non_fuel_transaction`, `full_service`, or `self_service`. */
  serviceType?: IssuingAuthorizationFleetServiceType | null | undefined;
};

/** Breakdown of fuel portion of the purchase. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownFuelInput = {
  /** Gross fuel amount that should equal Fuel Volume multiplied by Fuel Unit Cost, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownInput = {
  /** Breakdown of fuel portion of the purchase. */
  fuel?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownFuelInput | null | undefined;
  /** Breakdown of non-fuel portion of the purchase. */
  nonFuel?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownNonFuelInput | null | undefined;
  /** Information about tax included in this transaction. */
  tax?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownTaxInput | null | undefined;
};

/** Breakdown of non-fuel portion of the purchase. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownNonFuelInput = {
  /** Gross non-fuel amount that should equal the sum of the line items, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** Information about tax included in this transaction. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetReportedBreakdownTaxInput = {
  /** Amount of state or provincial Sales Tax included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  localAmountDecimal?: string | null | undefined;
  /** Amount of national Sales Tax or VAT included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  nationalAmountDecimal?: string | null | undefined;
};

/** Information about the flight that was purchased with this transaction. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFlightInput = {
  /** The time that the flight departed. */
  departureAt?: string | null | undefined;
  /** The name of the passenger. */
  passengerName?: string | null | undefined;
  /** Whether the ticket is refundable. */
  refundable?: boolean | null | undefined;
  /** The legs of the trip. */
  segments?: Array<TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFlightSegmentsInput> | null | undefined;
  /** The travel agency that issued the ticket. */
  travelAgency?: string | null | undefined;
};

/** The legs of the trip. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFlightSegmentsInput = {
  /** The three-letter IATA airport code of the flight's destination. */
  arrivalAirportCode?: string | null | undefined;
  /** The airline carrier code. */
  carrier?: string | null | undefined;
  /** The three-letter IATA airport code that the flight departed from. */
  departureAirportCode?: string | null | undefined;
  /** The flight number. */
  flightNumber?: string | null | undefined;
  /** The flight's service class. */
  serviceClass?: string | null | undefined;
  /** Whether a stopover is allowed on this flight. */
  stopoverAllowed?: boolean | null | undefined;
};

/** Information about fuel that was purchased with this transaction. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFuelInput = {
  /** [Conexxus Payment System Product Code](https://www.conexxus.org/conexxus-payment-system-product-codes) identifying the primary fuel product purchased. */
  industryProductCode?: string | null | undefined;
  /** The quantity of `unit`s of fuel that was dispensed, represented as a decimal string with at most 12 decimal places. */
  quantityDecimal?: string | null | undefined;
  /** The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`. */
  type?: IssuingAuthorizationFuelType | null | undefined;
  /** The units for `quantity_decimal`. One of `charging_minute`, `imperial_gallon`, `kilogram`, `kilowatt_hour`, `liter`, `pound`, `us_gallon`, or `other`. */
  unit?: IssuingAuthorizationFuelUnit | null | undefined;
  /** The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places. */
  unitCostDecimal?: string | null | undefined;
};

/** Additional purchase information that is optionally provided by the merchant. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsInput = {
  /** Fleet-specific information for transactions using Fleet cards. */
  fleet?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFleetInput | null | undefined;
  /** Information about the flight that was purchased with this transaction. */
  flight?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFlightInput | null | undefined;
  /** Information about fuel that was purchased with this transaction. */
  fuel?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsFuelInput | null | undefined;
  /** Information about lodging that was purchased with this transaction. */
  lodging?: TestHelpersCaptureIssuingAuthorizationPurchaseDetailsLodgingInput | null | undefined;
  /** The line items in the purchase. */
  receipt?: Array<TestHelpersCaptureIssuingAuthorizationPurchaseDetailsReceiptInput> | null | undefined;
  /** A merchant-specific order number. */
  reference?: string | null | undefined;
};

/** Information about lodging that was purchased with this transaction. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsLodgingInput = {
  /** The time of checking into the lodging. */
  checkInAt?: string | null | undefined;
  /** The number of nights stayed at the lodging. */
  nights?: number | null | undefined;
};

/** The line items in the purchase. */
export type TestHelpersCaptureIssuingAuthorizationPurchaseDetailsReceiptInput = {
  /** Stripe's `description` parameter. */
  description?: string | null | undefined;
  /** Stripe's `quantity` parameter. */
  quantity?: string | null | undefined;
  /** Stripe's `total` parameter. */
  total?: number | null | undefined;
  /** Stripe's `unit_cost` parameter. */
  unitCost?: number | null | undefined;
};

/** The input of `testHelpersCreateForceCaptureIssuingTransaction`: the parameters of Stripe's `POST /v1/test_helpers/issuing/transactions/create_force_capture`. */
export type TestHelpersCreateForceCaptureIssuingTransactionInput = {
  /** The total amount to attempt to capture. This amount is in the provided currency, or defaults to the cards currency, and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  amount: number;
  /** Card associated with this transaction. */
  card: string | number;
  /** The currency of the capture. If not provided, defaults to the currency of the card. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Details about the seller (grocery store, e-commerce website, etc.) where the card authorization happened. */
  merchantData?: TestHelpersCreateForceCaptureIssuingTransactionMerchantDataInput | null | undefined;
  /** Additional purchase information that is optionally provided by the merchant. */
  purchaseDetails?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsInput | null | undefined;
};

/** A categorization of the seller's type of business. See our [merchant categories guide](https://docs.stripe.com/issuing/merchant-categories) for a list of possible values. */
export type TestHelpersCreateForceCaptureIssuingTransactionMerchantDataCategory =
  /** `accounting_bookkeeping_services` */
  | 'ACCOUNTING_BOOKKEEPING_SERVICES'
  /** `ac_refrigeration_repair` */
  | 'AC_REFRIGERATION_REPAIR'
  /** `advertising_services` */
  | 'ADVERTISING_SERVICES'
  /** `agricultural_cooperative` */
  | 'AGRICULTURAL_COOPERATIVE'
  /** `airlines_air_carriers` */
  | 'AIRLINES_AIR_CARRIERS'
  /** `airports_flying_fields` */
  | 'AIRPORTS_FLYING_FIELDS'
  /** `ambulance_services` */
  | 'AMBULANCE_SERVICES'
  /** `amusement_parks_carnivals` */
  | 'AMUSEMENT_PARKS_CARNIVALS'
  /** `antique_reproductions` */
  | 'ANTIQUE_REPRODUCTIONS'
  /** `antique_shops` */
  | 'ANTIQUE_SHOPS'
  /** `aquariums` */
  | 'AQUARIUMS'
  /** `architectural_surveying_services` */
  | 'ARCHITECTURAL_SURVEYING_SERVICES'
  /** `artists_supply_and_craft_shops` */
  | 'ARTISTS_SUPPLY_AND_CRAFT_SHOPS'
  /** `art_dealers_and_galleries` */
  | 'ART_DEALERS_AND_GALLERIES'
  /** `automated_cash_disburse` */
  | 'AUTOMATED_CASH_DISBURSE'
  /** `automated_fuel_dispensers` */
  | 'AUTOMATED_FUEL_DISPENSERS'
  /** `automobile_associations` */
  | 'AUTOMOBILE_ASSOCIATIONS'
  /** `automotive_parts_and_accessories_stores` */
  | 'AUTOMOTIVE_PARTS_AND_ACCESSORIES_STORES'
  /** `automotive_tire_stores` */
  | 'AUTOMOTIVE_TIRE_STORES'
  /** `auto_and_home_supply_stores` */
  | 'AUTO_AND_HOME_SUPPLY_STORES'
  /** `auto_body_repair_shops` */
  | 'AUTO_BODY_REPAIR_SHOPS'
  /** `auto_paint_shops` */
  | 'AUTO_PAINT_SHOPS'
  /** `auto_service_shops` */
  | 'AUTO_SERVICE_SHOPS'
  /** `bail_and_bond_payments` */
  | 'BAIL_AND_BOND_PAYMENTS'
  /** `bakeries` */
  | 'BAKERIES'
  /** `bands_orchestras` */
  | 'BANDS_ORCHESTRAS'
  /** `barber_and_beauty_shops` */
  | 'BARBER_AND_BEAUTY_SHOPS'
  /** `betting_casino_gambling` */
  | 'BETTING_CASINO_GAMBLING'
  /** `bicycle_shops` */
  | 'BICYCLE_SHOPS'
  /** `billiard_pool_establishments` */
  | 'BILLIARD_POOL_ESTABLISHMENTS'
  /** `boat_dealers` */
  | 'BOAT_DEALERS'
  /** `boat_rentals_and_leases` */
  | 'BOAT_RENTALS_AND_LEASES'
  /** `books_periodicals_and_newspapers` */
  | 'BOOKS_PERIODICALS_AND_NEWSPAPERS'
  /** `book_stores` */
  | 'BOOK_STORES'
  /** `bowling_alleys` */
  | 'BOWLING_ALLEYS'
  /** `business_secretarial_schools` */
  | 'BUSINESS_SECRETARIAL_SCHOOLS'
  /** `bus_lines` */
  | 'BUS_LINES'
  /** `buying_shopping_services` */
  | 'BUYING_SHOPPING_SERVICES'
  /** `cable_satellite_and_other_pay_television_and_radio` */
  | 'CABLE_SATELLITE_AND_OTHER_PAY_TELEVISION_AND_RADIO'
  /** `camera_and_photographic_supply_stores` */
  | 'CAMERA_AND_PHOTOGRAPHIC_SUPPLY_STORES'
  /** `candy_nut_and_confectionery_stores` */
  | 'CANDY_NUT_AND_CONFECTIONERY_STORES'
  /** `carpentry_services` */
  | 'CARPENTRY_SERVICES'
  /** `carpet_upholstery_cleaning` */
  | 'CARPET_UPHOLSTERY_CLEANING'
  /** `car_and_truck_dealers_new_used` */
  | 'CAR_AND_TRUCK_DEALERS_NEW_USED'
  /** `car_and_truck_dealers_used_only` */
  | 'CAR_AND_TRUCK_DEALERS_USED_ONLY'
  /** `car_rental_agencies` */
  | 'CAR_RENTAL_AGENCIES'
  /** `car_washes` */
  | 'CAR_WASHES'
  /** `caterers` */
  | 'CATERERS'
  /** `charitable_and_social_service_organizations_fundraising` */
  | 'CHARITABLE_AND_SOCIAL_SERVICE_ORGANIZATIONS_FUNDRAISING'
  /** `chemicals_and_allied_products` */
  | 'CHEMICALS_AND_ALLIED_PRODUCTS'
  /** `childrens_and_infants_wear_stores` */
  | 'CHILDRENS_AND_INFANTS_WEAR_STORES'
  /** `child_care_services` */
  | 'CHILD_CARE_SERVICES'
  /** `chiropodists_podiatrists` */
  | 'CHIROPODISTS_PODIATRISTS'
  /** `chiropractors` */
  | 'CHIROPRACTORS'
  /** `cigar_stores_and_stands` */
  | 'CIGAR_STORES_AND_STANDS'
  /** `civic_social_fraternal_associations` */
  | 'CIVIC_SOCIAL_FRATERNAL_ASSOCIATIONS'
  /** `cleaning_and_maintenance` */
  | 'CLEANING_AND_MAINTENANCE'
  /** `clothing_rental` */
  | 'CLOTHING_RENTAL'
  /** `colleges_universities` */
  | 'COLLEGES_UNIVERSITIES'
  /** `commercial_equipment` */
  | 'COMMERCIAL_EQUIPMENT'
  /** `commercial_footwear` */
  | 'COMMERCIAL_FOOTWEAR'
  /** `commercial_photography_art_and_graphics` */
  | 'COMMERCIAL_PHOTOGRAPHY_ART_AND_GRAPHICS'
  /** `commuter_transport_and_ferries` */
  | 'COMMUTER_TRANSPORT_AND_FERRIES'
  /** `computers_peripherals_and_software` */
  | 'COMPUTERS_PERIPHERALS_AND_SOFTWARE'
  /** `computer_network_services` */
  | 'COMPUTER_NETWORK_SERVICES'
  /** `computer_programming` */
  | 'COMPUTER_PROGRAMMING'
  /** `computer_repair` */
  | 'COMPUTER_REPAIR'
  /** `computer_software_stores` */
  | 'COMPUTER_SOFTWARE_STORES'
  /** `concrete_work_services` */
  | 'CONCRETE_WORK_SERVICES'
  /** `construction_materials` */
  | 'CONSTRUCTION_MATERIALS'
  /** `consulting_public_relations` */
  | 'CONSULTING_PUBLIC_RELATIONS'
  /** `correspondence_schools` */
  | 'CORRESPONDENCE_SCHOOLS'
  /** `cosmetic_stores` */
  | 'COSMETIC_STORES'
  /** `counseling_services` */
  | 'COUNSELING_SERVICES'
  /** `country_clubs` */
  | 'COUNTRY_CLUBS'
  /** `courier_services` */
  | 'COURIER_SERVICES'
  /** `court_costs` */
  | 'COURT_COSTS'
  /** `credit_reporting_agencies` */
  | 'CREDIT_REPORTING_AGENCIES'
  /** `cruise_lines` */
  | 'CRUISE_LINES'
  /** `dairy_products_stores` */
  | 'DAIRY_PRODUCTS_STORES'
  /** `dance_hall_studios_schools` */
  | 'DANCE_HALL_STUDIOS_SCHOOLS'
  /** `dating_escort_services` */
  | 'DATING_ESCORT_SERVICES'
  /** `dentists_orthodontists` */
  | 'DENTISTS_ORTHODONTISTS'
  /** `department_stores` */
  | 'DEPARTMENT_STORES'
  /** `detective_agencies` */
  | 'DETECTIVE_AGENCIES'
  /** `digital_goods_applications` */
  | 'DIGITAL_GOODS_APPLICATIONS'
  /** `digital_goods_games` */
  | 'DIGITAL_GOODS_GAMES'
  /** `digital_goods_large_volume` */
  | 'DIGITAL_GOODS_LARGE_VOLUME'
  /** `digital_goods_media` */
  | 'DIGITAL_GOODS_MEDIA'
  /** `direct_marketing_catalog_merchant` */
  | 'DIRECT_MARKETING_CATALOG_MERCHANT'
  /** `direct_marketing_combination_catalog_and_retail_merchant` */
  | 'DIRECT_MARKETING_COMBINATION_CATALOG_AND_RETAIL_MERCHANT'
  /** `direct_marketing_inbound_telemarketing` */
  | 'DIRECT_MARKETING_INBOUND_TELEMARKETING'
  /** `direct_marketing_insurance_services` */
  | 'DIRECT_MARKETING_INSURANCE_SERVICES'
  /** `direct_marketing_other` */
  | 'DIRECT_MARKETING_OTHER'
  /** `direct_marketing_outbound_telemarketing` */
  | 'DIRECT_MARKETING_OUTBOUND_TELEMARKETING'
  /** `direct_marketing_subscription` */
  | 'DIRECT_MARKETING_SUBSCRIPTION'
  /** `direct_marketing_travel` */
  | 'DIRECT_MARKETING_TRAVEL'
  /** `discount_stores` */
  | 'DISCOUNT_STORES'
  /** `doctors` */
  | 'DOCTORS'
  /** `door_to_door_sales` */
  | 'DOOR_TO_DOOR_SALES'
  /** `drapery_window_covering_and_upholstery_stores` */
  | 'DRAPERY_WINDOW_COVERING_AND_UPHOLSTERY_STORES'
  /** `drinking_places` */
  | 'DRINKING_PLACES'
  /** `drugs_drug_proprietaries_and_druggist_sundries` */
  | 'DRUGS_DRUG_PROPRIETARIES_AND_DRUGGIST_SUNDRIES'
  /** `drug_stores_and_pharmacies` */
  | 'DRUG_STORES_AND_PHARMACIES'
  /** `dry_cleaners` */
  | 'DRY_CLEANERS'
  /** `durable_goods` */
  | 'DURABLE_GOODS'
  /** `duty_free_stores` */
  | 'DUTY_FREE_STORES'
  /** `eating_places_restaurants` */
  | 'EATING_PLACES_RESTAURANTS'
  /** `educational_services` */
  | 'EDUCATIONAL_SERVICES'
  /** `electrical_parts_and_equipment` */
  | 'ELECTRICAL_PARTS_AND_EQUIPMENT'
  /** `electrical_services` */
  | 'ELECTRICAL_SERVICES'
  /** `electric_razor_stores` */
  | 'ELECTRIC_RAZOR_STORES'
  /** `electric_vehicle_charging` */
  | 'ELECTRIC_VEHICLE_CHARGING'
  /** `electronics_repair_shops` */
  | 'ELECTRONICS_REPAIR_SHOPS'
  /** `electronics_stores` */
  | 'ELECTRONICS_STORES'
  /** `elementary_secondary_schools` */
  | 'ELEMENTARY_SECONDARY_SCHOOLS'
  /** `emergency_services_gcas_visa_use_only` */
  | 'EMERGENCY_SERVICES_GCAS_VISA_USE_ONLY'
  /** `employment_temp_agencies` */
  | 'EMPLOYMENT_TEMP_AGENCIES'
  /** `equipment_rental` */
  | 'EQUIPMENT_RENTAL'
  /** `exterminating_services` */
  | 'EXTERMINATING_SERVICES'
  /** `family_clothing_stores` */
  | 'FAMILY_CLOTHING_STORES'
  /** `fast_food_restaurants` */
  | 'FAST_FOOD_RESTAURANTS'
  /** `financial_institutions` */
  | 'FINANCIAL_INSTITUTIONS'
  /** `fines_government_administrative_entities` */
  | 'FINES_GOVERNMENT_ADMINISTRATIVE_ENTITIES'
  /** `fireplace_fireplace_screens_and_accessories_stores` */
  | 'FIREPLACE_FIREPLACE_SCREENS_AND_ACCESSORIES_STORES'
  /** `floor_covering_stores` */
  | 'FLOOR_COVERING_STORES'
  /** `florists` */
  | 'FLORISTS'
  /** `florists_supplies_nursery_stock_and_flowers` */
  | 'FLORISTS_SUPPLIES_NURSERY_STOCK_AND_FLOWERS'
  /** `freezer_and_locker_meat_provisioners` */
  | 'FREEZER_AND_LOCKER_MEAT_PROVISIONERS'
  /** `fuel_dealers_non_automotive` */
  | 'FUEL_DEALERS_NON_AUTOMOTIVE'
  /** `funeral_services_crematories` */
  | 'FUNERAL_SERVICES_CREMATORIES'
  /** `furniture_home_furnishings_and_equipment_stores_except_appliances` */
  | 'FURNITURE_HOME_FURNISHINGS_AND_EQUIPMENT_STORES_EXCEPT_APPLIANCES'
  /** `furniture_repair_refinishing` */
  | 'FURNITURE_REPAIR_REFINISHING'
  /** `furriers_and_fur_shops` */
  | 'FURRIERS_AND_FUR_SHOPS'
  /** `general_services` */
  | 'GENERAL_SERVICES'
  /** `gift_card_novelty_and_souvenir_shops` */
  | 'GIFT_CARD_NOVELTY_AND_SOUVENIR_SHOPS'
  /** `glassware_crystal_stores` */
  | 'GLASSWARE_CRYSTAL_STORES'
  /** `glass_paint_and_wallpaper_stores` */
  | 'GLASS_PAINT_AND_WALLPAPER_STORES'
  /** `golf_courses_public` */
  | 'GOLF_COURSES_PUBLIC'
  /** `government_licensed_horse_dog_racing_us_region_only` */
  | 'GOVERNMENT_LICENSED_HORSE_DOG_RACING_US_REGION_ONLY'
  /** `government_licensed_online_casions_online_gambling_us_region_only` */
  | 'GOVERNMENT_LICENSED_ONLINE_CASIONS_ONLINE_GAMBLING_US_REGION_ONLY'
  /** `government_owned_lotteries_non_us_region` */
  | 'GOVERNMENT_OWNED_LOTTERIES_NON_US_REGION'
  /** `government_owned_lotteries_us_region_only` */
  | 'GOVERNMENT_OWNED_LOTTERIES_US_REGION_ONLY'
  /** `government_services` */
  | 'GOVERNMENT_SERVICES'
  /** `grocery_stores_supermarkets` */
  | 'GROCERY_STORES_SUPERMARKETS'
  /** `hardware_equipment_and_supplies` */
  | 'HARDWARE_EQUIPMENT_AND_SUPPLIES'
  /** `hardware_stores` */
  | 'HARDWARE_STORES'
  /** `health_and_beauty_spas` */
  | 'HEALTH_AND_BEAUTY_SPAS'
  /** `hearing_aids_sales_and_supplies` */
  | 'HEARING_AIDS_SALES_AND_SUPPLIES'
  /** `heating_plumbing_a_c` */
  | 'HEATING_PLUMBING_A_C'
  /** `hobby_toy_and_game_shops` */
  | 'HOBBY_TOY_AND_GAME_SHOPS'
  /** `home_supply_warehouse_stores` */
  | 'HOME_SUPPLY_WAREHOUSE_STORES'
  /** `hospitals` */
  | 'HOSPITALS'
  /** `hotels_motels_and_resorts` */
  | 'HOTELS_MOTELS_AND_RESORTS'
  /** `household_appliance_stores` */
  | 'HOUSEHOLD_APPLIANCE_STORES'
  /** `industrial_supplies` */
  | 'INDUSTRIAL_SUPPLIES'
  /** `information_retrieval_services` */
  | 'INFORMATION_RETRIEVAL_SERVICES'
  /** `insurance_default` */
  | 'INSURANCE_DEFAULT'
  /** `insurance_underwriting_premiums` */
  | 'INSURANCE_UNDERWRITING_PREMIUMS'
  /** `intra_company_purchases` */
  | 'INTRA_COMPANY_PURCHASES'
  /** `jewelry_stores_watches_clocks_and_silverware_stores` */
  | 'JEWELRY_STORES_WATCHES_CLOCKS_AND_SILVERWARE_STORES'
  /** `landscaping_services` */
  | 'LANDSCAPING_SERVICES'
  /** `laundries` */
  | 'LAUNDRIES'
  /** `laundry_cleaning_services` */
  | 'LAUNDRY_CLEANING_SERVICES'
  /** `legal_services_attorneys` */
  | 'LEGAL_SERVICES_ATTORNEYS'
  /** `luggage_and_leather_goods_stores` */
  | 'LUGGAGE_AND_LEATHER_GOODS_STORES'
  /** `lumber_building_materials_stores` */
  | 'LUMBER_BUILDING_MATERIALS_STORES'
  /** `manual_cash_disburse` */
  | 'MANUAL_CASH_DISBURSE'
  /** `marinas_service_and_supplies` */
  | 'MARINAS_SERVICE_AND_SUPPLIES'
  /** `marketplaces` */
  | 'MARKETPLACES'
  /** `masonry_stonework_and_plaster` */
  | 'MASONRY_STONEWORK_AND_PLASTER'
  /** `massage_parlors` */
  | 'MASSAGE_PARLORS'
  /** `medical_and_dental_labs` */
  | 'MEDICAL_AND_DENTAL_LABS'
  /** `medical_dental_ophthalmic_and_hospital_equipment_and_supplies` */
  | 'MEDICAL_DENTAL_OPHTHALMIC_AND_HOSPITAL_EQUIPMENT_AND_SUPPLIES'
  /** `medical_services` */
  | 'MEDICAL_SERVICES'
  /** `membership_organizations` */
  | 'MEMBERSHIP_ORGANIZATIONS'
  /** `mens_and_boys_clothing_and_accessories_stores` */
  | 'MENS_AND_BOYS_CLOTHING_AND_ACCESSORIES_STORES'
  /** `mens_womens_clothing_stores` */
  | 'MENS_WOMENS_CLOTHING_STORES'
  /** `metal_service_centers` */
  | 'METAL_SERVICE_CENTERS'
  /** `miscellaneous_apparel_and_accessory_shops` */
  | 'MISCELLANEOUS_APPAREL_AND_ACCESSORY_SHOPS'
  /** `miscellaneous_auto_dealers` */
  | 'MISCELLANEOUS_AUTO_DEALERS'
  /** `miscellaneous_business_services` */
  | 'MISCELLANEOUS_BUSINESS_SERVICES'
  /** `miscellaneous_food_stores` */
  | 'MISCELLANEOUS_FOOD_STORES'
  /** `miscellaneous_general_merchandise` */
  | 'MISCELLANEOUS_GENERAL_MERCHANDISE'
  /** `miscellaneous_general_services` */
  | 'MISCELLANEOUS_GENERAL_SERVICES'
  /** `miscellaneous_home_furnishing_specialty_stores` */
  | 'MISCELLANEOUS_HOME_FURNISHING_SPECIALTY_STORES'
  /** `miscellaneous_publishing_and_printing` */
  | 'MISCELLANEOUS_PUBLISHING_AND_PRINTING'
  /** `miscellaneous_recreation_services` */
  | 'MISCELLANEOUS_RECREATION_SERVICES'
  /** `miscellaneous_repair_shops` */
  | 'MISCELLANEOUS_REPAIR_SHOPS'
  /** `miscellaneous_specialty_retail` */
  | 'MISCELLANEOUS_SPECIALTY_RETAIL'
  /** `mobile_home_dealers` */
  | 'MOBILE_HOME_DEALERS'
  /** `motion_picture_theaters` */
  | 'MOTION_PICTURE_THEATERS'
  /** `motorcycle_shops_and_dealers` */
  | 'MOTORCYCLE_SHOPS_AND_DEALERS'
  /** `motorcycle_shops_dealers` */
  | 'MOTORCYCLE_SHOPS_DEALERS'
  /** `motor_freight_carriers_and_trucking` */
  | 'MOTOR_FREIGHT_CARRIERS_AND_TRUCKING'
  /** `motor_homes_dealers` */
  | 'MOTOR_HOMES_DEALERS'
  /** `motor_vehicle_supplies_and_new_parts` */
  | 'MOTOR_VEHICLE_SUPPLIES_AND_NEW_PARTS'
  /** `music_stores_musical_instruments_pianos_and_sheet_music` */
  | 'MUSIC_STORES_MUSICAL_INSTRUMENTS_PIANOS_AND_SHEET_MUSIC'
  /** `news_dealers_and_newsstands` */
  | 'NEWS_DEALERS_AND_NEWSSTANDS'
  /** `nondurable_goods` */
  | 'NONDURABLE_GOODS'
  /** `non_fi_money_orders` */
  | 'NON_FI_MONEY_ORDERS'
  /** `non_fi_stored_value_card_purchase_load` */
  | 'NON_FI_STORED_VALUE_CARD_PURCHASE_LOAD'
  /** `nurseries_lawn_and_garden_supply_stores` */
  | 'NURSERIES_LAWN_AND_GARDEN_SUPPLY_STORES'
  /** `nursing_personal_care` */
  | 'NURSING_PERSONAL_CARE'
  /** `office_and_commercial_furniture` */
  | 'OFFICE_AND_COMMERCIAL_FURNITURE'
  /** `opticians_eyeglasses` */
  | 'OPTICIANS_EYEGLASSES'
  /** `optometrists_ophthalmologist` */
  | 'OPTOMETRISTS_OPHTHALMOLOGIST'
  /** `orthopedic_goods_prosthetic_devices` */
  | 'ORTHOPEDIC_GOODS_PROSTHETIC_DEVICES'
  /** `osteopaths` */
  | 'OSTEOPATHS'
  /** `package_stores_beer_wine_and_liquor` */
  | 'PACKAGE_STORES_BEER_WINE_AND_LIQUOR'
  /** `paints_varnishes_and_supplies` */
  | 'PAINTS_VARNISHES_AND_SUPPLIES'
  /** `parking_lots_garages` */
  | 'PARKING_LOTS_GARAGES'
  /** `passenger_railways` */
  | 'PASSENGER_RAILWAYS'
  /** `pawn_shops` */
  | 'PAWN_SHOPS'
  /** `petroleum_and_petroleum_products` */
  | 'PETROLEUM_AND_PETROLEUM_PRODUCTS'
  /** `pet_shops_pet_food_and_supplies` */
  | 'PET_SHOPS_PET_FOOD_AND_SUPPLIES'
  /** `photographic_photocopy_microfilm_equipment_and_supplies` */
  | 'PHOTOGRAPHIC_PHOTOCOPY_MICROFILM_EQUIPMENT_AND_SUPPLIES'
  /** `photographic_studios` */
  | 'PHOTOGRAPHIC_STUDIOS'
  /** `photo_developing` */
  | 'PHOTO_DEVELOPING'
  /** `picture_video_production` */
  | 'PICTURE_VIDEO_PRODUCTION'
  /** `piece_goods_notions_and_other_dry_goods` */
  | 'PIECE_GOODS_NOTIONS_AND_OTHER_DRY_GOODS'
  /** `plumbing_heating_equipment_and_supplies` */
  | 'PLUMBING_HEATING_EQUIPMENT_AND_SUPPLIES'
  /** `political_organizations` */
  | 'POLITICAL_ORGANIZATIONS'
  /** `postal_services_government_only` */
  | 'POSTAL_SERVICES_GOVERNMENT_ONLY'
  /** `precious_stones_and_metals_watches_and_jewelry` */
  | 'PRECIOUS_STONES_AND_METALS_WATCHES_AND_JEWELRY'
  /** `professional_services` */
  | 'PROFESSIONAL_SERVICES'
  /** `public_warehousing_and_storage` */
  | 'PUBLIC_WAREHOUSING_AND_STORAGE'
  /** `quick_copy_repro_and_blueprint` */
  | 'QUICK_COPY_REPRO_AND_BLUEPRINT'
  /** `railroads` */
  | 'RAILROADS'
  /** `real_estate_agents_and_managers_rentals` */
  | 'REAL_ESTATE_AGENTS_AND_MANAGERS_RENTALS'
  /** `record_stores` */
  | 'RECORD_STORES'
  /** `recreational_vehicle_rentals` */
  | 'RECREATIONAL_VEHICLE_RENTALS'
  /** `religious_goods_stores` */
  | 'RELIGIOUS_GOODS_STORES'
  /** `religious_organizations` */
  | 'RELIGIOUS_ORGANIZATIONS'
  /** `roofing_siding_sheet_metal` */
  | 'ROOFING_SIDING_SHEET_METAL'
  /** `secretarial_support_services` */
  | 'SECRETARIAL_SUPPORT_SERVICES'
  /** `security_brokers_dealers` */
  | 'SECURITY_BROKERS_DEALERS'
  /** `service_stations` */
  | 'SERVICE_STATIONS'
  /** `sewing_needlework_fabric_and_piece_goods_stores` */
  | 'SEWING_NEEDLEWORK_FABRIC_AND_PIECE_GOODS_STORES'
  /** `shoe_repair_hat_cleaning` */
  | 'SHOE_REPAIR_HAT_CLEANING'
  /** `shoe_stores` */
  | 'SHOE_STORES'
  /** `small_appliance_repair` */
  | 'SMALL_APPLIANCE_REPAIR'
  /** `snowmobile_dealers` */
  | 'SNOWMOBILE_DEALERS'
  /** `specialty_cleaning` */
  | 'SPECIALTY_CLEANING'
  /** `special_trade_services` */
  | 'SPECIAL_TRADE_SERVICES'
  /** `sporting_goods_stores` */
  | 'SPORTING_GOODS_STORES'
  /** `sporting_recreation_camps` */
  | 'SPORTING_RECREATION_CAMPS'
  /** `sports_and_riding_apparel_stores` */
  | 'SPORTS_AND_RIDING_APPAREL_STORES'
  /** `sports_clubs_fields` */
  | 'SPORTS_CLUBS_FIELDS'
  /** `stamp_and_coin_stores` */
  | 'STAMP_AND_COIN_STORES'
  /** `stationary_office_supplies_printing_and_writing_paper` */
  | 'STATIONARY_OFFICE_SUPPLIES_PRINTING_AND_WRITING_PAPER'
  /** `stationery_stores_office_and_school_supply_stores` */
  | 'STATIONERY_STORES_OFFICE_AND_SCHOOL_SUPPLY_STORES'
  /** `swimming_pools_sales` */
  | 'SWIMMING_POOLS_SALES'
  /** `tailors_alterations` */
  | 'TAILORS_ALTERATIONS'
  /** `taxicabs_limousines` */
  | 'TAXICABS_LIMOUSINES'
  /** `tax_payments_government_agencies` */
  | 'TAX_PAYMENTS_GOVERNMENT_AGENCIES'
  /** `tax_preparation_services` */
  | 'TAX_PREPARATION_SERVICES'
  /** `telecommunication_equipment_and_telephone_sales` */
  | 'TELECOMMUNICATION_EQUIPMENT_AND_TELEPHONE_SALES'
  /** `telecommunication_services` */
  | 'TELECOMMUNICATION_SERVICES'
  /** `telegraph_services` */
  | 'TELEGRAPH_SERVICES'
  /** `tent_and_awning_shops` */
  | 'TENT_AND_AWNING_SHOPS'
  /** `testing_laboratories` */
  | 'TESTING_LABORATORIES'
  /** `theatrical_ticket_agencies` */
  | 'THEATRICAL_TICKET_AGENCIES'
  /** `timeshares` */
  | 'TIMESHARES'
  /** `tire_retreading_and_repair` */
  | 'TIRE_RETREADING_AND_REPAIR'
  /** `tolls_bridge_fees` */
  | 'TOLLS_BRIDGE_FEES'
  /** `tourist_attractions_and_exhibits` */
  | 'TOURIST_ATTRACTIONS_AND_EXHIBITS'
  /** `towing_services` */
  | 'TOWING_SERVICES'
  /** `trailer_parks_campgrounds` */
  | 'TRAILER_PARKS_CAMPGROUNDS'
  /** `transportation_services` */
  | 'TRANSPORTATION_SERVICES'
  /** `travel_agencies_tour_operators` */
  | 'TRAVEL_AGENCIES_TOUR_OPERATORS'
  /** `truck_stop_iteration` */
  | 'TRUCK_STOP_ITERATION'
  /** `truck_utility_trailer_rentals` */
  | 'TRUCK_UTILITY_TRAILER_RENTALS'
  /** `typesetting_plate_making_and_related_services` */
  | 'TYPESETTING_PLATE_MAKING_AND_RELATED_SERVICES'
  /** `typewriter_stores` */
  | 'TYPEWRITER_STORES'
  /** `t_ui_travel_germany` */
  | 'T_UI_TRAVEL_GERMANY'
  /** `uniforms_commercial_clothing` */
  | 'UNIFORMS_COMMERCIAL_CLOTHING'
  /** `used_merchandise_and_secondhand_stores` */
  | 'USED_MERCHANDISE_AND_SECONDHAND_STORES'
  /** `utilities` */
  | 'UTILITIES'
  /** `u_s_federal_government_agencies_or_departments` */
  | 'U_S_FEDERAL_GOVERNMENT_AGENCIES_OR_DEPARTMENTS'
  /** `variety_stores` */
  | 'VARIETY_STORES'
  /** `veterinary_services` */
  | 'VETERINARY_SERVICES'
  /** `video_amusement_game_supplies` */
  | 'VIDEO_AMUSEMENT_GAME_SUPPLIES'
  /** `video_game_arcades` */
  | 'VIDEO_GAME_ARCADES'
  /** `video_tape_rental_stores` */
  | 'VIDEO_TAPE_RENTAL_STORES'
  /** `vocational_trade_schools` */
  | 'VOCATIONAL_TRADE_SCHOOLS'
  /** `watch_jewelry_repair` */
  | 'WATCH_JEWELRY_REPAIR'
  /** `welding_repair` */
  | 'WELDING_REPAIR'
  /** `wholesale_clubs` */
  | 'WHOLESALE_CLUBS'
  /** `wig_and_toupee_stores` */
  | 'WIG_AND_TOUPEE_STORES'
  /** `wires_money_orders` */
  | 'WIRES_MONEY_ORDERS'
  /** `womens_accessory_and_specialty_shops` */
  | 'WOMENS_ACCESSORY_AND_SPECIALTY_SHOPS'
  /** `womens_ready_to_wear_stores` */
  | 'WOMENS_READY_TO_WEAR_STORES'
  /** `wrecking_and_salvage_yards` */
  | 'WRECKING_AND_SALVAGE_YARDS';

/** Details about the seller (grocery store, e-commerce website, etc.) where the card authorization happened. */
export type TestHelpersCreateForceCaptureIssuingTransactionMerchantDataInput = {
  /** A categorization of the seller's type of business. See our [merchant categories guide](https://docs.stripe.com/issuing/merchant-categories) for a list of possible values. */
  category?: TestHelpersCreateForceCaptureIssuingTransactionMerchantDataCategory | null | undefined;
  /** City where the seller is located */
  city?: string | null | undefined;
  /** Country where the seller is located */
  country?: string | null | undefined;
  /** Name of the seller */
  name?: string | null | undefined;
  /** Identifier assigned to the seller by the card network. Different card networks may assign different network_id fields to the same merchant. */
  networkId?: string | null | undefined;
  /** Postal code where the seller is located */
  postalCode?: string | null | undefined;
  /** State where the seller is located */
  state?: string | null | undefined;
  /** An ID assigned by the seller to the location of the sale. */
  terminalId?: string | null | undefined;
  /** URL provided by the merchant on a 3DS request */
  url?: string | null | undefined;
};

/** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetCardholderPromptDataInput = {
  /** Driver ID. */
  driverId?: string | null | undefined;
  /** Odometer reading. */
  odometer?: number | null | undefined;
  /** An alphanumeric ID. This field is used when a vehicle ID, driver ID, or generic ID is entered by the cardholder, but the merchant or card network did not specify the prompt type. */
  unspecifiedId?: string | null | undefined;
  /** User ID. */
  userId?: string | null | undefined;
  /** Vehicle number. */
  vehicleNumber?: string | null | undefined;
};

/** Fleet-specific information for transactions using Fleet cards. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetInput = {
  /** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
  cardholderPromptData?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetCardholderPromptDataInput | null | undefined;
  /** The type of purchase. One of `fuel_purchase`, `non_fuel_purchase`, or `fuel_and_non_fuel_purchase`. */
  purchaseType?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetPurchaseType | null | undefined;
  /** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
  reportedBreakdown?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownInput | null | undefined;
  /** The type of fuel service. One of `non_fuel_transaction`, `full_service`, or `self_service`. */
  serviceType?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetServiceType | null | undefined;
};

/** The type of purchase. One of `fuel_purchase`, `non_fuel_purchase`, or `fuel_and_non_fuel_purchase`. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetPurchaseType =
  /** `fuel_and_non_fuel_purchase` */
  | 'FUEL_AND_NON_FUEL_PURCHASE'
  /** `fuel_purchase` */
  | 'FUEL_PURCHASE'
  /** `non_fuel_purchase` */
  | 'NON_FUEL_PURCHASE';

/** Breakdown of fuel portion of the purchase. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownFuelInput = {
  /** Gross fuel amount that should equal Fuel Volume multiplied by Fuel Unit Cost, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownInput = {
  /** Breakdown of fuel portion of the purchase. */
  fuel?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownFuelInput | null | undefined;
  /** Breakdown of non-fuel portion of the purchase. */
  nonFuel?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownNonFuelInput | null | undefined;
  /** Information about tax included in this transaction. */
  tax?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownTaxInput | null | undefined;
};

/** Breakdown of non-fuel portion of the purchase. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownNonFuelInput = {
  /** Gross non-fuel amount that should equal the sum of the line items, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** Information about tax included in this transaction. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetReportedBreakdownTaxInput = {
  /** Amount of state or provincial Sales Tax included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  localAmountDecimal?: string | null | undefined;
  /** Amount of national Sales Tax or VAT included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  nationalAmountDecimal?: string | null | undefined;
};

/** The type of fuel service. One of `non_fuel_transaction`, `full_service`, or `self_service`. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetServiceType =
  /** `full_service` */
  | 'FULL_SERVICE'
  /** `non_fuel_transaction` */
  | 'NON_FUEL_TRANSACTION'
  /** `self_service` */
  | 'SELF_SERVICE';

/** Information about the flight that was purchased with this transaction. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFlightInput = {
  /** The time that the flight departed. */
  departureAt?: string | null | undefined;
  /** The name of the passenger. */
  passengerName?: string | null | undefined;
  /** Whether the ticket is refundable. */
  refundable?: boolean | null | undefined;
  /** The legs of the trip. */
  segments?: Array<TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFlightSegmentsInput> | null | undefined;
  /** The travel agency that issued the ticket. */
  travelAgency?: string | null | undefined;
};

/** The legs of the trip. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFlightSegmentsInput = {
  /** The three-letter IATA airport code of the flight's destination. */
  arrivalAirportCode?: string | null | undefined;
  /** The airline carrier code. */
  carrier?: string | null | undefined;
  /** The three-letter IATA airport code that the flight departed from. */
  departureAirportCode?: string | null | undefined;
  /** The flight number. */
  flightNumber?: string | null | undefined;
  /** The flight's service class. */
  serviceClass?: string | null | undefined;
  /** Whether a stopover is allowed on this flight. */
  stopoverAllowed?: boolean | null | undefined;
};

/** Information about fuel that was purchased with this transaction. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelInput = {
  /** [Conexxus Payment System Product Code](https://www.conexxus.org/conexxus-payment-system-product-codes) identifying the primary fuel product purchased. */
  industryProductCode?: string | null | undefined;
  /** The quantity of `unit`s of fuel that was dispensed, represented as a decimal string with at most 12 decimal places. */
  quantityDecimal?: string | null | undefined;
  /** The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`. */
  type?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelType | null | undefined;
  /** The units for `quantity_decimal`. One of `charging_minute`, `imperial_gallon`, `kilogram`, `kilowatt_hour`, `liter`, `pound`, `us_gallon`, or `other`. */
  unit?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelUnit | null | undefined;
  /** The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places. */
  unitCostDecimal?: string | null | undefined;
};

/** The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelType =
  /** `diesel` */
  | 'DIESEL'
  /** `other` */
  | 'OTHER'
  /** `unleaded_plus` */
  | 'UNLEADED_PLUS'
  /** `unleaded_regular` */
  | 'UNLEADED_REGULAR'
  /** `unleaded_super` */
  | 'UNLEADED_SUPER';

/** The units for `quantity_decimal`. One of `charging_minute`, `imperial_gallon`, `kilogram`, `kilowatt_hour`, `liter`, `pound`, `us_gallon`, or `other`. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelUnit =
  /** `charging_minute` */
  | 'CHARGING_MINUTE'
  /** `imperial_gallon` */
  | 'IMPERIAL_GALLON'
  /** `kilogram` */
  | 'KILOGRAM'
  /** `kilowatt_hour` */
  | 'KILOWATT_HOUR'
  /** `liter` */
  | 'LITER'
  /** `other` */
  | 'OTHER'
  /** `pound` */
  | 'POUND'
  /** `us_gallon` */
  | 'US_GALLON';

/** Additional purchase information that is optionally provided by the merchant. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsInput = {
  /** Fleet-specific information for transactions using Fleet cards. */
  fleet?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetInput | null | undefined;
  /** Information about the flight that was purchased with this transaction. */
  flight?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFlightInput | null | undefined;
  /** Information about fuel that was purchased with this transaction. */
  fuel?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelInput | null | undefined;
  /** Information about lodging that was purchased with this transaction. */
  lodging?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsLodgingInput | null | undefined;
  /** The line items in the purchase. */
  receipt?: Array<TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsReceiptInput> | null | undefined;
  /** A merchant-specific order number. */
  reference?: string | null | undefined;
};

/** Information about lodging that was purchased with this transaction. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsLodgingInput = {
  /** The time of checking into the lodging. */
  checkInAt?: string | null | undefined;
  /** The number of nights stayed at the lodging. */
  nights?: number | null | undefined;
};

/** The line items in the purchase. */
export type TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsReceiptInput = {
  /** Stripe's `description` parameter. */
  description?: string | null | undefined;
  /** Stripe's `quantity` parameter. */
  quantity?: string | null | undefined;
  /** Stripe's `total` parameter. */
  total?: number | null | undefined;
  /** Stripe's `unit_cost` parameter. */
  unitCost?: number | null | undefined;
};

/** Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
export type TestHelpersCreateIssuingAuthorizationAmountDetailsInput = {
  /** The ATM withdrawal fee. */
  atmFee?: number | null | undefined;
  /** The amount of cash requested by the cardholder. */
  cashbackAmount?: number | null | undefined;
};

/** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
export type TestHelpersCreateIssuingAuthorizationFleetCardholderPromptDataInput = {
  /** Driver ID. */
  driverId?: string | null | undefined;
  /** Odometer reading. */
  odometer?: number | null | undefined;
  /** An alphanumeric ID. This field is used when a vehicle ID, driver ID, or generic ID is entered by the cardholder, but the merchant or card network did not specify the prompt type. */
  unspecifiedId?: string | null | undefined;
  /** User ID. */
  userId?: string | null | undefined;
  /** Vehicle number. */
  vehicleNumber?: string | null | undefined;
};

/** Fleet-specific information for authorizations using Fleet cards. */
export type TestHelpersCreateIssuingAuthorizationFleetInput = {
  /** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
  cardholderPromptData?: TestHelpersCreateIssuingAuthorizationFleetCardholderPromptDataInput | null | undefined;
  /** The type of purchase. One of `fuel_purchase`, `non_fuel_purchase`, or `fuel_and_non_fuel_purchase`. */
  purchaseType?: IssuingAuthorizationFleetPurchaseType | null | undefined;
  /** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
  reportedBreakdown?: TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownInput | null | undefined;
  /** The type of fuel service. One of `non_fuel_transaction`, `full_service`, or `self_service`. */
  serviceType?: IssuingAuthorizationFleetServiceType | null | undefined;
};

/** Breakdown of fuel portion of the purchase. */
export type TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownFuelInput = {
  /** Gross fuel amount that should equal Fuel Volume multiplied by Fuel Unit Cost, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
export type TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownInput = {
  /** Breakdown of fuel portion of the purchase. */
  fuel?: TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownFuelInput | null | undefined;
  /** Breakdown of non-fuel portion of the purchase. */
  nonFuel?: TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownNonFuelInput | null | undefined;
  /** Information about tax included in this transaction. */
  tax?: TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownTaxInput | null | undefined;
};

/** Breakdown of non-fuel portion of the purchase. */
export type TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownNonFuelInput = {
  /** Gross non-fuel amount that should equal the sum of the line items, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** Information about tax included in this transaction. */
export type TestHelpersCreateIssuingAuthorizationFleetReportedBreakdownTaxInput = {
  /** Amount of state or provincial Sales Tax included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  localAmountDecimal?: string | null | undefined;
  /** Amount of national Sales Tax or VAT included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  nationalAmountDecimal?: string | null | undefined;
};

/** Probability that this transaction can be disputed in the event of fraud. Assessed by comparing the characteristics of the authorization to card network rules. */
export type TestHelpersCreateIssuingAuthorizationFraudDisputabilityLikelihood =
  /** `neutral` */
  | 'NEUTRAL'
  /** `unknown` */
  | 'UNKNOWN'
  /** `very_likely` */
  | 'VERY_LIKELY'
  /** `very_unlikely` */
  | 'VERY_UNLIKELY';

/** Information about fuel that was purchased with this transaction. */
export type TestHelpersCreateIssuingAuthorizationFuelInput = {
  /** [Conexxus Payment System Product Code](https://www.conexxus.org/conexxus-payment-system-product-codes) identifying the primary fuel product purchased. */
  industryProductCode?: string | null | undefined;
  /** The quantity of `unit`s of fuel that was dispensed, represented as a decimal string with at most 12 decimal places. */
  quantityDecimal?: string | null | undefined;
  /** The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`. */
  type?: IssuingAuthorizationFuelType | null | undefined;
  /** The units for `quantity_decimal`. One of `charging_minute`, `imperial_gallon`, `kilogram`, `kilowatt_hour`, `liter`, `pound`, `us_gallon`, or `other`. */
  unit?: IssuingAuthorizationFuelUnit | null | undefined;
  /** The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places. */
  unitCostDecimal?: string | null | undefined;
};

/** The input of `testHelpersCreateIssuingAuthorization`: the parameters of Stripe's `POST /v1/test_helpers/issuing/authorizations`. */
export type TestHelpersCreateIssuingAuthorizationInput = {
  /** The total amount to attempt to authorize. This amount is in the provided currency, or defaults to the card's currency, and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  amount?: number | null | undefined;
  /** Detailed breakdown of amount components. These amounts are denominated in `currency` and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  amountDetails?: TestHelpersCreateIssuingAuthorizationAmountDetailsInput | null | undefined;
  /** How the card details were provided. Defaults to online. */
  authorizationMethod?: IssuingAuthorizationAuthorizationMethod | null | undefined;
  /** Card associated with this authorization. */
  card: string | number;
  /** The currency of the authorization. If not provided, defaults to the currency of the card. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency?: string | null | undefined;
  /** Fleet-specific information for authorizations using Fleet cards. */
  fleet?: TestHelpersCreateIssuingAuthorizationFleetInput | null | undefined;
  /** Probability that this transaction can be disputed in the event of fraud. Assessed by comparing the characteristics of the authorization to card network rules. */
  fraudDisputabilityLikelihood?: TestHelpersCreateIssuingAuthorizationFraudDisputabilityLikelihood | null | undefined;
  /** Information about fuel that was purchased with this transaction. */
  fuel?: TestHelpersCreateIssuingAuthorizationFuelInput | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** If set `true`, you may provide [amount](https://docs.stripe.com/api/issuing/authorizations/approve#approve_issuing_authorization-amount) to control how much to hold for the authorization. */
  isAmountControllable?: boolean | null | undefined;
  /** The total amount to attempt to authorize. This amount is in the provided merchant currency, and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  merchantAmount?: number | null | undefined;
  /** The currency of the authorization. If not provided, defaults to the currency of the card. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  merchantCurrency?: string | null | undefined;
  /** Details about the seller (grocery store, e-commerce website, etc.) where the card authorization happened. */
  merchantData?: TestHelpersCreateIssuingAuthorizationMerchantDataInput | null | undefined;
  /** Details about the authorization, such as identifiers, set by the card network. */
  networkData?: TestHelpersCreateIssuingAuthorizationNetworkDataInput | null | undefined;
  /** Stripe's assessment of the fraud risk for this authorization. */
  riskAssessment?: TestHelpersCreateIssuingAuthorizationRiskAssessmentInput | null | undefined;
  /** Verifications that Stripe performed on information that the cardholder provided to the merchant. */
  verificationData?: TestHelpersCreateIssuingAuthorizationVerificationDataInput | null | undefined;
  /** The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`. Will populate as `null` when no digital wallet was utilized. */
  wallet?: TestHelpersCreateIssuingAuthorizationWallet | null | undefined;
};

/** A categorization of the seller's type of business. See our [merchant categories guide](https://docs.stripe.com/issuing/merchant-categories) for a list of possible values. */
export type TestHelpersCreateIssuingAuthorizationMerchantDataCategory =
  /** `accounting_bookkeeping_services` */
  | 'ACCOUNTING_BOOKKEEPING_SERVICES'
  /** `ac_refrigeration_repair` */
  | 'AC_REFRIGERATION_REPAIR'
  /** `advertising_services` */
  | 'ADVERTISING_SERVICES'
  /** `agricultural_cooperative` */
  | 'AGRICULTURAL_COOPERATIVE'
  /** `airlines_air_carriers` */
  | 'AIRLINES_AIR_CARRIERS'
  /** `airports_flying_fields` */
  | 'AIRPORTS_FLYING_FIELDS'
  /** `ambulance_services` */
  | 'AMBULANCE_SERVICES'
  /** `amusement_parks_carnivals` */
  | 'AMUSEMENT_PARKS_CARNIVALS'
  /** `antique_reproductions` */
  | 'ANTIQUE_REPRODUCTIONS'
  /** `antique_shops` */
  | 'ANTIQUE_SHOPS'
  /** `aquariums` */
  | 'AQUARIUMS'
  /** `architectural_surveying_services` */
  | 'ARCHITECTURAL_SURVEYING_SERVICES'
  /** `artists_supply_and_craft_shops` */
  | 'ARTISTS_SUPPLY_AND_CRAFT_SHOPS'
  /** `art_dealers_and_galleries` */
  | 'ART_DEALERS_AND_GALLERIES'
  /** `automated_cash_disburse` */
  | 'AUTOMATED_CASH_DISBURSE'
  /** `automated_fuel_dispensers` */
  | 'AUTOMATED_FUEL_DISPENSERS'
  /** `automobile_associations` */
  | 'AUTOMOBILE_ASSOCIATIONS'
  /** `automotive_parts_and_accessories_stores` */
  | 'AUTOMOTIVE_PARTS_AND_ACCESSORIES_STORES'
  /** `automotive_tire_stores` */
  | 'AUTOMOTIVE_TIRE_STORES'
  /** `auto_and_home_supply_stores` */
  | 'AUTO_AND_HOME_SUPPLY_STORES'
  /** `auto_body_repair_shops` */
  | 'AUTO_BODY_REPAIR_SHOPS'
  /** `auto_paint_shops` */
  | 'AUTO_PAINT_SHOPS'
  /** `auto_service_shops` */
  | 'AUTO_SERVICE_SHOPS'
  /** `bail_and_bond_payments` */
  | 'BAIL_AND_BOND_PAYMENTS'
  /** `bakeries` */
  | 'BAKERIES'
  /** `bands_orchestras` */
  | 'BANDS_ORCHESTRAS'
  /** `barber_and_beauty_shops` */
  | 'BARBER_AND_BEAUTY_SHOPS'
  /** `betting_casino_gambling` */
  | 'BETTING_CASINO_GAMBLING'
  /** `bicycle_shops` */
  | 'BICYCLE_SHOPS'
  /** `billiard_pool_establishments` */
  | 'BILLIARD_POOL_ESTABLISHMENTS'
  /** `boat_dealers` */
  | 'BOAT_DEALERS'
  /** `boat_rentals_and_leases` */
  | 'BOAT_RENTALS_AND_LEASES'
  /** `books_periodicals_and_newspapers` */
  | 'BOOKS_PERIODICALS_AND_NEWSPAPERS'
  /** `book_stores` */
  | 'BOOK_STORES'
  /** `bowling_alleys` */
  | 'BOWLING_ALLEYS'
  /** `business_secretarial_schools` */
  | 'BUSINESS_SECRETARIAL_SCHOOLS'
  /** `bus_lines` */
  | 'BUS_LINES'
  /** `buying_shopping_services` */
  | 'BUYING_SHOPPING_SERVICES'
  /** `cable_satellite_and_other_pay_television_and_radio` */
  | 'CABLE_SATELLITE_AND_OTHER_PAY_TELEVISION_AND_RADIO'
  /** `camera_and_photographic_supply_stores` */
  | 'CAMERA_AND_PHOTOGRAPHIC_SUPPLY_STORES'
  /** `candy_nut_and_confectionery_stores` */
  | 'CANDY_NUT_AND_CONFECTIONERY_STORES'
  /** `carpentry_services` */
  | 'CARPENTRY_SERVICES'
  /** `carpet_upholstery_cleaning` */
  | 'CARPET_UPHOLSTERY_CLEANING'
  /** `car_and_truck_dealers_new_used` */
  | 'CAR_AND_TRUCK_DEALERS_NEW_USED'
  /** `car_and_truck_dealers_used_only` */
  | 'CAR_AND_TRUCK_DEALERS_USED_ONLY'
  /** `car_rental_agencies` */
  | 'CAR_RENTAL_AGENCIES'
  /** `car_washes` */
  | 'CAR_WASHES'
  /** `caterers` */
  | 'CATERERS'
  /** `charitable_and_social_service_organizations_fundraising` */
  | 'CHARITABLE_AND_SOCIAL_SERVICE_ORGANIZATIONS_FUNDRAISING'
  /** `chemicals_and_allied_products` */
  | 'CHEMICALS_AND_ALLIED_PRODUCTS'
  /** `childrens_and_infants_wear_stores` */
  | 'CHILDRENS_AND_INFANTS_WEAR_STORES'
  /** `child_care_services` */
  | 'CHILD_CARE_SERVICES'
  /** `chiropodists_podiatrists` */
  | 'CHIROPODISTS_PODIATRISTS'
  /** `chiropractors` */
  | 'CHIROPRACTORS'
  /** `cigar_stores_and_stands` */
  | 'CIGAR_STORES_AND_STANDS'
  /** `civic_social_fraternal_associations` */
  | 'CIVIC_SOCIAL_FRATERNAL_ASSOCIATIONS'
  /** `cleaning_and_maintenance` */
  | 'CLEANING_AND_MAINTENANCE'
  /** `clothing_rental` */
  | 'CLOTHING_RENTAL'
  /** `colleges_universities` */
  | 'COLLEGES_UNIVERSITIES'
  /** `commercial_equipment` */
  | 'COMMERCIAL_EQUIPMENT'
  /** `commercial_footwear` */
  | 'COMMERCIAL_FOOTWEAR'
  /** `commercial_photography_art_and_graphics` */
  | 'COMMERCIAL_PHOTOGRAPHY_ART_AND_GRAPHICS'
  /** `commuter_transport_and_ferries` */
  | 'COMMUTER_TRANSPORT_AND_FERRIES'
  /** `computers_peripherals_and_software` */
  | 'COMPUTERS_PERIPHERALS_AND_SOFTWARE'
  /** `computer_network_services` */
  | 'COMPUTER_NETWORK_SERVICES'
  /** `computer_programming` */
  | 'COMPUTER_PROGRAMMING'
  /** `computer_repair` */
  | 'COMPUTER_REPAIR'
  /** `computer_software_stores` */
  | 'COMPUTER_SOFTWARE_STORES'
  /** `concrete_work_services` */
  | 'CONCRETE_WORK_SERVICES'
  /** `construction_materials` */
  | 'CONSTRUCTION_MATERIALS'
  /** `consulting_public_relations` */
  | 'CONSULTING_PUBLIC_RELATIONS'
  /** `correspondence_schools` */
  | 'CORRESPONDENCE_SCHOOLS'
  /** `cosmetic_stores` */
  | 'COSMETIC_STORES'
  /** `counseling_services` */
  | 'COUNSELING_SERVICES'
  /** `country_clubs` */
  | 'COUNTRY_CLUBS'
  /** `courier_services` */
  | 'COURIER_SERVICES'
  /** `court_costs` */
  | 'COURT_COSTS'
  /** `credit_reporting_agencies` */
  | 'CREDIT_REPORTING_AGENCIES'
  /** `cruise_lines` */
  | 'CRUISE_LINES'
  /** `dairy_products_stores` */
  | 'DAIRY_PRODUCTS_STORES'
  /** `dance_hall_studios_schools` */
  | 'DANCE_HALL_STUDIOS_SCHOOLS'
  /** `dating_escort_services` */
  | 'DATING_ESCORT_SERVICES'
  /** `dentists_orthodontists` */
  | 'DENTISTS_ORTHODONTISTS'
  /** `department_stores` */
  | 'DEPARTMENT_STORES'
  /** `detective_agencies` */
  | 'DETECTIVE_AGENCIES'
  /** `digital_goods_applications` */
  | 'DIGITAL_GOODS_APPLICATIONS'
  /** `digital_goods_games` */
  | 'DIGITAL_GOODS_GAMES'
  /** `digital_goods_large_volume` */
  | 'DIGITAL_GOODS_LARGE_VOLUME'
  /** `digital_goods_media` */
  | 'DIGITAL_GOODS_MEDIA'
  /** `direct_marketing_catalog_merchant` */
  | 'DIRECT_MARKETING_CATALOG_MERCHANT'
  /** `direct_marketing_combination_catalog_and_retail_merchant` */
  | 'DIRECT_MARKETING_COMBINATION_CATALOG_AND_RETAIL_MERCHANT'
  /** `direct_marketing_inbound_telemarketing` */
  | 'DIRECT_MARKETING_INBOUND_TELEMARKETING'
  /** `direct_marketing_insurance_services` */
  | 'DIRECT_MARKETING_INSURANCE_SERVICES'
  /** `direct_marketing_other` */
  | 'DIRECT_MARKETING_OTHER'
  /** `direct_marketing_outbound_telemarketing` */
  | 'DIRECT_MARKETING_OUTBOUND_TELEMARKETING'
  /** `direct_marketing_subscription` */
  | 'DIRECT_MARKETING_SUBSCRIPTION'
  /** `direct_marketing_travel` */
  | 'DIRECT_MARKETING_TRAVEL'
  /** `discount_stores` */
  | 'DISCOUNT_STORES'
  /** `doctors` */
  | 'DOCTORS'
  /** `door_to_door_sales` */
  | 'DOOR_TO_DOOR_SALES'
  /** `drapery_window_covering_and_upholstery_stores` */
  | 'DRAPERY_WINDOW_COVERING_AND_UPHOLSTERY_STORES'
  /** `drinking_places` */
  | 'DRINKING_PLACES'
  /** `drugs_drug_proprietaries_and_druggist_sundries` */
  | 'DRUGS_DRUG_PROPRIETARIES_AND_DRUGGIST_SUNDRIES'
  /** `drug_stores_and_pharmacies` */
  | 'DRUG_STORES_AND_PHARMACIES'
  /** `dry_cleaners` */
  | 'DRY_CLEANERS'
  /** `durable_goods` */
  | 'DURABLE_GOODS'
  /** `duty_free_stores` */
  | 'DUTY_FREE_STORES'
  /** `eating_places_restaurants` */
  | 'EATING_PLACES_RESTAURANTS'
  /** `educational_services` */
  | 'EDUCATIONAL_SERVICES'
  /** `electrical_parts_and_equipment` */
  | 'ELECTRICAL_PARTS_AND_EQUIPMENT'
  /** `electrical_services` */
  | 'ELECTRICAL_SERVICES'
  /** `electric_razor_stores` */
  | 'ELECTRIC_RAZOR_STORES'
  /** `electric_vehicle_charging` */
  | 'ELECTRIC_VEHICLE_CHARGING'
  /** `electronics_repair_shops` */
  | 'ELECTRONICS_REPAIR_SHOPS'
  /** `electronics_stores` */
  | 'ELECTRONICS_STORES'
  /** `elementary_secondary_schools` */
  | 'ELEMENTARY_SECONDARY_SCHOOLS'
  /** `emergency_services_gcas_visa_use_only` */
  | 'EMERGENCY_SERVICES_GCAS_VISA_USE_ONLY'
  /** `employment_temp_agencies` */
  | 'EMPLOYMENT_TEMP_AGENCIES'
  /** `equipment_rental` */
  | 'EQUIPMENT_RENTAL'
  /** `exterminating_services` */
  | 'EXTERMINATING_SERVICES'
  /** `family_clothing_stores` */
  | 'FAMILY_CLOTHING_STORES'
  /** `fast_food_restaurants` */
  | 'FAST_FOOD_RESTAURANTS'
  /** `financial_institutions` */
  | 'FINANCIAL_INSTITUTIONS'
  /** `fines_government_administrative_entities` */
  | 'FINES_GOVERNMENT_ADMINISTRATIVE_ENTITIES'
  /** `fireplace_fireplace_screens_and_accessories_stores` */
  | 'FIREPLACE_FIREPLACE_SCREENS_AND_ACCESSORIES_STORES'
  /** `floor_covering_stores` */
  | 'FLOOR_COVERING_STORES'
  /** `florists` */
  | 'FLORISTS'
  /** `florists_supplies_nursery_stock_and_flowers` */
  | 'FLORISTS_SUPPLIES_NURSERY_STOCK_AND_FLOWERS'
  /** `freezer_and_locker_meat_provisioners` */
  | 'FREEZER_AND_LOCKER_MEAT_PROVISIONERS'
  /** `fuel_dealers_non_automotive` */
  | 'FUEL_DEALERS_NON_AUTOMOTIVE'
  /** `funeral_services_crematories` */
  | 'FUNERAL_SERVICES_CREMATORIES'
  /** `furniture_home_furnishings_and_equipment_stores_except_appliances` */
  | 'FURNITURE_HOME_FURNISHINGS_AND_EQUIPMENT_STORES_EXCEPT_APPLIANCES'
  /** `furniture_repair_refinishing` */
  | 'FURNITURE_REPAIR_REFINISHING'
  /** `furriers_and_fur_shops` */
  | 'FURRIERS_AND_FUR_SHOPS'
  /** `general_services` */
  | 'GENERAL_SERVICES'
  /** `gift_card_novelty_and_souvenir_shops` */
  | 'GIFT_CARD_NOVELTY_AND_SOUVENIR_SHOPS'
  /** `glassware_crystal_stores` */
  | 'GLASSWARE_CRYSTAL_STORES'
  /** `glass_paint_and_wallpaper_stores` */
  | 'GLASS_PAINT_AND_WALLPAPER_STORES'
  /** `golf_courses_public` */
  | 'GOLF_COURSES_PUBLIC'
  /** `government_licensed_horse_dog_racing_us_region_only` */
  | 'GOVERNMENT_LICENSED_HORSE_DOG_RACING_US_REGION_ONLY'
  /** `government_licensed_online_casions_online_gambling_us_region_only` */
  | 'GOVERNMENT_LICENSED_ONLINE_CASIONS_ONLINE_GAMBLING_US_REGION_ONLY'
  /** `government_owned_lotteries_non_us_region` */
  | 'GOVERNMENT_OWNED_LOTTERIES_NON_US_REGION'
  /** `government_owned_lotteries_us_region_only` */
  | 'GOVERNMENT_OWNED_LOTTERIES_US_REGION_ONLY'
  /** `government_services` */
  | 'GOVERNMENT_SERVICES'
  /** `grocery_stores_supermarkets` */
  | 'GROCERY_STORES_SUPERMARKETS'
  /** `hardware_equipment_and_supplies` */
  | 'HARDWARE_EQUIPMENT_AND_SUPPLIES'
  /** `hardware_stores` */
  | 'HARDWARE_STORES'
  /** `health_and_beauty_spas` */
  | 'HEALTH_AND_BEAUTY_SPAS'
  /** `hearing_aids_sales_and_supplies` */
  | 'HEARING_AIDS_SALES_AND_SUPPLIES'
  /** `heating_plumbing_a_c` */
  | 'HEATING_PLUMBING_A_C'
  /** `hobby_toy_and_game_shops` */
  | 'HOBBY_TOY_AND_GAME_SHOPS'
  /** `home_supply_warehouse_stores` */
  | 'HOME_SUPPLY_WAREHOUSE_STORES'
  /** `hospitals` */
  | 'HOSPITALS'
  /** `hotels_motels_and_resorts` */
  | 'HOTELS_MOTELS_AND_RESORTS'
  /** `household_appliance_stores` */
  | 'HOUSEHOLD_APPLIANCE_STORES'
  /** `industrial_supplies` */
  | 'INDUSTRIAL_SUPPLIES'
  /** `information_retrieval_services` */
  | 'INFORMATION_RETRIEVAL_SERVICES'
  /** `insurance_default` */
  | 'INSURANCE_DEFAULT'
  /** `insurance_underwriting_premiums` */
  | 'INSURANCE_UNDERWRITING_PREMIUMS'
  /** `intra_company_purchases` */
  | 'INTRA_COMPANY_PURCHASES'
  /** `jewelry_stores_watches_clocks_and_silverware_stores` */
  | 'JEWELRY_STORES_WATCHES_CLOCKS_AND_SILVERWARE_STORES'
  /** `landscaping_services` */
  | 'LANDSCAPING_SERVICES'
  /** `laundries` */
  | 'LAUNDRIES'
  /** `laundry_cleaning_services` */
  | 'LAUNDRY_CLEANING_SERVICES'
  /** `legal_services_attorneys` */
  | 'LEGAL_SERVICES_ATTORNEYS'
  /** `luggage_and_leather_goods_stores` */
  | 'LUGGAGE_AND_LEATHER_GOODS_STORES'
  /** `lumber_building_materials_stores` */
  | 'LUMBER_BUILDING_MATERIALS_STORES'
  /** `manual_cash_disburse` */
  | 'MANUAL_CASH_DISBURSE'
  /** `marinas_service_and_supplies` */
  | 'MARINAS_SERVICE_AND_SUPPLIES'
  /** `marketplaces` */
  | 'MARKETPLACES'
  /** `masonry_stonework_and_plaster` */
  | 'MASONRY_STONEWORK_AND_PLASTER'
  /** `massage_parlors` */
  | 'MASSAGE_PARLORS'
  /** `medical_and_dental_labs` */
  | 'MEDICAL_AND_DENTAL_LABS'
  /** `medical_dental_ophthalmic_and_hospital_equipment_and_supplies` */
  | 'MEDICAL_DENTAL_OPHTHALMIC_AND_HOSPITAL_EQUIPMENT_AND_SUPPLIES'
  /** `medical_services` */
  | 'MEDICAL_SERVICES'
  /** `membership_organizations` */
  | 'MEMBERSHIP_ORGANIZATIONS'
  /** `mens_and_boys_clothing_and_accessories_stores` */
  | 'MENS_AND_BOYS_CLOTHING_AND_ACCESSORIES_STORES'
  /** `mens_womens_clothing_stores` */
  | 'MENS_WOMENS_CLOTHING_STORES'
  /** `metal_service_centers` */
  | 'METAL_SERVICE_CENTERS'
  /** `miscellaneous_apparel_and_accessory_shops` */
  | 'MISCELLANEOUS_APPAREL_AND_ACCESSORY_SHOPS'
  /** `miscellaneous_auto_dealers` */
  | 'MISCELLANEOUS_AUTO_DEALERS'
  /** `miscellaneous_business_services` */
  | 'MISCELLANEOUS_BUSINESS_SERVICES'
  /** `miscellaneous_food_stores` */
  | 'MISCELLANEOUS_FOOD_STORES'
  /** `miscellaneous_general_merchandise` */
  | 'MISCELLANEOUS_GENERAL_MERCHANDISE'
  /** `miscellaneous_general_services` */
  | 'MISCELLANEOUS_GENERAL_SERVICES'
  /** `miscellaneous_home_furnishing_specialty_stores` */
  | 'MISCELLANEOUS_HOME_FURNISHING_SPECIALTY_STORES'
  /** `miscellaneous_publishing_and_printing` */
  | 'MISCELLANEOUS_PUBLISHING_AND_PRINTING'
  /** `miscellaneous_recreation_services` */
  | 'MISCELLANEOUS_RECREATION_SERVICES'
  /** `miscellaneous_repair_shops` */
  | 'MISCELLANEOUS_REPAIR_SHOPS'
  /** `miscellaneous_specialty_retail` */
  | 'MISCELLANEOUS_SPECIALTY_RETAIL'
  /** `mobile_home_dealers` */
  | 'MOBILE_HOME_DEALERS'
  /** `motion_picture_theaters` */
  | 'MOTION_PICTURE_THEATERS'
  /** `motorcycle_shops_and_dealers` */
  | 'MOTORCYCLE_SHOPS_AND_DEALERS'
  /** `motorcycle_shops_dealers` */
  | 'MOTORCYCLE_SHOPS_DEALERS'
  /** `motor_freight_carriers_and_trucking` */
  | 'MOTOR_FREIGHT_CARRIERS_AND_TRUCKING'
  /** `motor_homes_dealers` */
  | 'MOTOR_HOMES_DEALERS'
  /** `motor_vehicle_supplies_and_new_parts` */
  | 'MOTOR_VEHICLE_SUPPLIES_AND_NEW_PARTS'
  /** `music_stores_musical_instruments_pianos_and_sheet_music` */
  | 'MUSIC_STORES_MUSICAL_INSTRUMENTS_PIANOS_AND_SHEET_MUSIC'
  /** `news_dealers_and_newsstands` */
  | 'NEWS_DEALERS_AND_NEWSSTANDS'
  /** `nondurable_goods` */
  | 'NONDURABLE_GOODS'
  /** `non_fi_money_orders` */
  | 'NON_FI_MONEY_ORDERS'
  /** `non_fi_stored_value_card_purchase_load` */
  | 'NON_FI_STORED_VALUE_CARD_PURCHASE_LOAD'
  /** `nurseries_lawn_and_garden_supply_stores` */
  | 'NURSERIES_LAWN_AND_GARDEN_SUPPLY_STORES'
  /** `nursing_personal_care` */
  | 'NURSING_PERSONAL_CARE'
  /** `office_and_commercial_furniture` */
  | 'OFFICE_AND_COMMERCIAL_FURNITURE'
  /** `opticians_eyeglasses` */
  | 'OPTICIANS_EYEGLASSES'
  /** `optometrists_ophthalmologist` */
  | 'OPTOMETRISTS_OPHTHALMOLOGIST'
  /** `orthopedic_goods_prosthetic_devices` */
  | 'ORTHOPEDIC_GOODS_PROSTHETIC_DEVICES'
  /** `osteopaths` */
  | 'OSTEOPATHS'
  /** `package_stores_beer_wine_and_liquor` */
  | 'PACKAGE_STORES_BEER_WINE_AND_LIQUOR'
  /** `paints_varnishes_and_supplies` */
  | 'PAINTS_VARNISHES_AND_SUPPLIES'
  /** `parking_lots_garages` */
  | 'PARKING_LOTS_GARAGES'
  /** `passenger_railways` */
  | 'PASSENGER_RAILWAYS'
  /** `pawn_shops` */
  | 'PAWN_SHOPS'
  /** `petroleum_and_petroleum_products` */
  | 'PETROLEUM_AND_PETROLEUM_PRODUCTS'
  /** `pet_shops_pet_food_and_supplies` */
  | 'PET_SHOPS_PET_FOOD_AND_SUPPLIES'
  /** `photographic_photocopy_microfilm_equipment_and_supplies` */
  | 'PHOTOGRAPHIC_PHOTOCOPY_MICROFILM_EQUIPMENT_AND_SUPPLIES'
  /** `photographic_studios` */
  | 'PHOTOGRAPHIC_STUDIOS'
  /** `photo_developing` */
  | 'PHOTO_DEVELOPING'
  /** `picture_video_production` */
  | 'PICTURE_VIDEO_PRODUCTION'
  /** `piece_goods_notions_and_other_dry_goods` */
  | 'PIECE_GOODS_NOTIONS_AND_OTHER_DRY_GOODS'
  /** `plumbing_heating_equipment_and_supplies` */
  | 'PLUMBING_HEATING_EQUIPMENT_AND_SUPPLIES'
  /** `political_organizations` */
  | 'POLITICAL_ORGANIZATIONS'
  /** `postal_services_government_only` */
  | 'POSTAL_SERVICES_GOVERNMENT_ONLY'
  /** `precious_stones_and_metals_watches_and_jewelry` */
  | 'PRECIOUS_STONES_AND_METALS_WATCHES_AND_JEWELRY'
  /** `professional_services` */
  | 'PROFESSIONAL_SERVICES'
  /** `public_warehousing_and_storage` */
  | 'PUBLIC_WAREHOUSING_AND_STORAGE'
  /** `quick_copy_repro_and_blueprint` */
  | 'QUICK_COPY_REPRO_AND_BLUEPRINT'
  /** `railroads` */
  | 'RAILROADS'
  /** `real_estate_agents_and_managers_rentals` */
  | 'REAL_ESTATE_AGENTS_AND_MANAGERS_RENTALS'
  /** `record_stores` */
  | 'RECORD_STORES'
  /** `recreational_vehicle_rentals` */
  | 'RECREATIONAL_VEHICLE_RENTALS'
  /** `religious_goods_stores` */
  | 'RELIGIOUS_GOODS_STORES'
  /** `religious_organizations` */
  | 'RELIGIOUS_ORGANIZATIONS'
  /** `roofing_siding_sheet_metal` */
  | 'ROOFING_SIDING_SHEET_METAL'
  /** `secretarial_support_services` */
  | 'SECRETARIAL_SUPPORT_SERVICES'
  /** `security_brokers_dealers` */
  | 'SECURITY_BROKERS_DEALERS'
  /** `service_stations` */
  | 'SERVICE_STATIONS'
  /** `sewing_needlework_fabric_and_piece_goods_stores` */
  | 'SEWING_NEEDLEWORK_FABRIC_AND_PIECE_GOODS_STORES'
  /** `shoe_repair_hat_cleaning` */
  | 'SHOE_REPAIR_HAT_CLEANING'
  /** `shoe_stores` */
  | 'SHOE_STORES'
  /** `small_appliance_repair` */
  | 'SMALL_APPLIANCE_REPAIR'
  /** `snowmobile_dealers` */
  | 'SNOWMOBILE_DEALERS'
  /** `specialty_cleaning` */
  | 'SPECIALTY_CLEANING'
  /** `special_trade_services` */
  | 'SPECIAL_TRADE_SERVICES'
  /** `sporting_goods_stores` */
  | 'SPORTING_GOODS_STORES'
  /** `sporting_recreation_camps` */
  | 'SPORTING_RECREATION_CAMPS'
  /** `sports_and_riding_apparel_stores` */
  | 'SPORTS_AND_RIDING_APPAREL_STORES'
  /** `sports_clubs_fields` */
  | 'SPORTS_CLUBS_FIELDS'
  /** `stamp_and_coin_stores` */
  | 'STAMP_AND_COIN_STORES'
  /** `stationary_office_supplies_printing_and_writing_paper` */
  | 'STATIONARY_OFFICE_SUPPLIES_PRINTING_AND_WRITING_PAPER'
  /** `stationery_stores_office_and_school_supply_stores` */
  | 'STATIONERY_STORES_OFFICE_AND_SCHOOL_SUPPLY_STORES'
  /** `swimming_pools_sales` */
  | 'SWIMMING_POOLS_SALES'
  /** `tailors_alterations` */
  | 'TAILORS_ALTERATIONS'
  /** `taxicabs_limousines` */
  | 'TAXICABS_LIMOUSINES'
  /** `tax_payments_government_agencies` */
  | 'TAX_PAYMENTS_GOVERNMENT_AGENCIES'
  /** `tax_preparation_services` */
  | 'TAX_PREPARATION_SERVICES'
  /** `telecommunication_equipment_and_telephone_sales` */
  | 'TELECOMMUNICATION_EQUIPMENT_AND_TELEPHONE_SALES'
  /** `telecommunication_services` */
  | 'TELECOMMUNICATION_SERVICES'
  /** `telegraph_services` */
  | 'TELEGRAPH_SERVICES'
  /** `tent_and_awning_shops` */
  | 'TENT_AND_AWNING_SHOPS'
  /** `testing_laboratories` */
  | 'TESTING_LABORATORIES'
  /** `theatrical_ticket_agencies` */
  | 'THEATRICAL_TICKET_AGENCIES'
  /** `timeshares` */
  | 'TIMESHARES'
  /** `tire_retreading_and_repair` */
  | 'TIRE_RETREADING_AND_REPAIR'
  /** `tolls_bridge_fees` */
  | 'TOLLS_BRIDGE_FEES'
  /** `tourist_attractions_and_exhibits` */
  | 'TOURIST_ATTRACTIONS_AND_EXHIBITS'
  /** `towing_services` */
  | 'TOWING_SERVICES'
  /** `trailer_parks_campgrounds` */
  | 'TRAILER_PARKS_CAMPGROUNDS'
  /** `transportation_services` */
  | 'TRANSPORTATION_SERVICES'
  /** `travel_agencies_tour_operators` */
  | 'TRAVEL_AGENCIES_TOUR_OPERATORS'
  /** `truck_stop_iteration` */
  | 'TRUCK_STOP_ITERATION'
  /** `truck_utility_trailer_rentals` */
  | 'TRUCK_UTILITY_TRAILER_RENTALS'
  /** `typesetting_plate_making_and_related_services` */
  | 'TYPESETTING_PLATE_MAKING_AND_RELATED_SERVICES'
  /** `typewriter_stores` */
  | 'TYPEWRITER_STORES'
  /** `t_ui_travel_germany` */
  | 'T_UI_TRAVEL_GERMANY'
  /** `uniforms_commercial_clothing` */
  | 'UNIFORMS_COMMERCIAL_CLOTHING'
  /** `used_merchandise_and_secondhand_stores` */
  | 'USED_MERCHANDISE_AND_SECONDHAND_STORES'
  /** `utilities` */
  | 'UTILITIES'
  /** `u_s_federal_government_agencies_or_departments` */
  | 'U_S_FEDERAL_GOVERNMENT_AGENCIES_OR_DEPARTMENTS'
  /** `variety_stores` */
  | 'VARIETY_STORES'
  /** `veterinary_services` */
  | 'VETERINARY_SERVICES'
  /** `video_amusement_game_supplies` */
  | 'VIDEO_AMUSEMENT_GAME_SUPPLIES'
  /** `video_game_arcades` */
  | 'VIDEO_GAME_ARCADES'
  /** `video_tape_rental_stores` */
  | 'VIDEO_TAPE_RENTAL_STORES'
  /** `vocational_trade_schools` */
  | 'VOCATIONAL_TRADE_SCHOOLS'
  /** `watch_jewelry_repair` */
  | 'WATCH_JEWELRY_REPAIR'
  /** `welding_repair` */
  | 'WELDING_REPAIR'
  /** `wholesale_clubs` */
  | 'WHOLESALE_CLUBS'
  /** `wig_and_toupee_stores` */
  | 'WIG_AND_TOUPEE_STORES'
  /** `wires_money_orders` */
  | 'WIRES_MONEY_ORDERS'
  /** `womens_accessory_and_specialty_shops` */
  | 'WOMENS_ACCESSORY_AND_SPECIALTY_SHOPS'
  /** `womens_ready_to_wear_stores` */
  | 'WOMENS_READY_TO_WEAR_STORES'
  /** `wrecking_and_salvage_yards` */
  | 'WRECKING_AND_SALVAGE_YARDS';

/** Details about the seller (grocery store, e-commerce website, etc.) where the card authorization happened. */
export type TestHelpersCreateIssuingAuthorizationMerchantDataInput = {
  /** A categorization of the seller's type of business. See our [merchant categories guide](https://docs.stripe.com/issuing/merchant-categories) for a list of possible values. */
  category?: TestHelpersCreateIssuingAuthorizationMerchantDataCategory | null | undefined;
  /** City where the seller is located */
  city?: string | null | undefined;
  /** Country where the seller is located */
  country?: string | null | undefined;
  /** Name of the seller */
  name?: string | null | undefined;
  /** Identifier assigned to the seller by the card network. Different card networks may assign different network_id fields to the same merchant. */
  networkId?: string | null | undefined;
  /** Postal code where the seller is located */
  postalCode?: string | null | undefined;
  /** State where the seller is located */
  state?: string | null | undefined;
  /** An ID assigned by the seller to the location of the sale. */
  terminalId?: string | null | undefined;
  /** URL provided by the merchant on a 3DS request */
  url?: string | null | undefined;
};

/** Details about the authorization, such as identifiers, set by the card network. */
export type TestHelpersCreateIssuingAuthorizationNetworkDataInput = {
  /** Identifier assigned to the acquirer by the card network. */
  acquiringInstitutionId?: string | null | undefined;
};

/** Stripe's assessment of this authorization's likelihood of being card testing activity. */
export type TestHelpersCreateIssuingAuthorizationRiskAssessmentCardTestingRiskInput = {
  /** The % of declines due to a card number not existing in the past hour, taking place at the same merchant. Higher rates correspond to a greater probability of card testing activity, meaning bad actors may be attempting different card number combinations to guess a correct one. Takes on values between 0 and 100. */
  invalidAccountNumberDeclineRatePastHour?: number | null | undefined;
  /** The % of declines due to incorrect verification data (like CVV or expiry) in the past hour, taking place at the same merchant. Higher rates correspond to a greater probability of bad actors attempting to utilize valid card credentials at merchants with verification requirements. Takes on values between 0 and 100. */
  invalidCredentialsDeclineRatePastHour?: number | null | undefined;
  /** The likelihood that this authorization is associated with card testing activity. This is assessed by evaluating decline activity over the last hour. */
  level: TestHelpersCreateIssuingAuthorizationRiskAssessmentCardTestingRiskLevel;
};

/** The likelihood that this authorization is associated with card testing activity. This is assessed by evaluating decline activity over the last hour. */
export type TestHelpersCreateIssuingAuthorizationRiskAssessmentCardTestingRiskLevel =
  /** `elevated` */
  | 'ELEVATED'
  /** `highest` */
  | 'HIGHEST'
  /** `low` */
  | 'LOW'
  /** `normal` */
  | 'NORMAL'
  /** `not_assessed` */
  | 'NOT_ASSESSED'
  /** `unknown` */
  | 'UNKNOWN';

/** Stripe's assessment of this authorization's likelihood to be fraudulent. */
export type TestHelpersCreateIssuingAuthorizationRiskAssessmentFraudRiskInput = {
  /** Stripe's assessment of the likelihood of fraud on an authorization. */
  level: TestHelpersCreateIssuingAuthorizationRiskAssessmentCardTestingRiskLevel;
  /** Stripe's numerical model score assessing the likelihood of fraudulent activity. A higher score means a higher likelihood of fraudulent activity, and anything above 25 is considered high risk. */
  score?: number | null | undefined;
};

/** Stripe's assessment of the fraud risk for this authorization. */
export type TestHelpersCreateIssuingAuthorizationRiskAssessmentInput = {
  /** Stripe's assessment of this authorization's likelihood of being card testing activity. */
  cardTestingRisk?: TestHelpersCreateIssuingAuthorizationRiskAssessmentCardTestingRiskInput | null | undefined;
  /** Stripe's assessment of this authorization's likelihood to be fraudulent. */
  fraudRisk?: TestHelpersCreateIssuingAuthorizationRiskAssessmentFraudRiskInput | null | undefined;
  /** The dispute risk of the merchant (the seller on a purchase) on an authorization based on all Stripe Issuing activity. */
  merchantDisputeRisk?: TestHelpersCreateIssuingAuthorizationRiskAssessmentMerchantDisputeRiskInput | null | undefined;
};

/** The dispute risk of the merchant (the seller on a purchase) on an authorization based on all Stripe Issuing activity. */
export type TestHelpersCreateIssuingAuthorizationRiskAssessmentMerchantDisputeRiskInput = {
  /** The dispute rate observed across all Stripe Issuing authorizations for this merchant. For example, a value of 50 means 50% of authorizations from this merchant on Stripe Issuing have resulted in a dispute. Higher values mean a higher likelihood the authorization is disputed. Takes on values between 0 and 100. */
  disputeRate?: number | null | undefined;
  /** The likelihood that authorizations from this merchant will result in a dispute based on their history on Stripe Issuing. */
  level: TestHelpersCreateIssuingAuthorizationRiskAssessmentCardTestingRiskLevel;
};

/** The exemption applied to this authorization. */
export type TestHelpersCreateIssuingAuthorizationVerificationDataAuthenticationExemptionInput = {
  /** The entity that requested the exemption, either the acquiring merchant or the Issuing user. */
  claimedBy: IssuingAuthorizationVerificationDataAuthenticationExemptionClaimedBy;
  /** The specific exemption claimed for this authorization. */
  type: IssuingAuthorizationVerificationDataAuthenticationExemptionType;
};

/** Verifications that Stripe performed on information that the cardholder provided to the merchant. */
export type TestHelpersCreateIssuingAuthorizationVerificationDataInput = {
  /** Whether the cardholder provided an address first line and if it matched the cardholder's `billing.address.line1`. */
  addressLine1Check?: IssuingAuthorizationVerificationDataAddressLine1Check | null | undefined;
  /** Whether the cardholder provided a postal code and if it matched the cardholder's `billing.address.postal_code`. */
  addressPostalCodeCheck?: IssuingAuthorizationVerificationDataAddressLine1Check | null | undefined;
  /** The exemption applied to this authorization. */
  authenticationExemption?: TestHelpersCreateIssuingAuthorizationVerificationDataAuthenticationExemptionInput | null | undefined;
  /** Whether the cardholder provided a CVC and if it matched Stripe's record. */
  cvcCheck?: IssuingAuthorizationVerificationDataAddressLine1Check | null | undefined;
  /** Whether the cardholder provided an expiry date and if it matched Stripe's record. */
  expiryCheck?: IssuingAuthorizationVerificationDataAddressLine1Check | null | undefined;
  /** 3D Secure details. */
  threeDSecure?: TestHelpersCreateIssuingAuthorizationVerificationDataThreeDSecureInput | null | undefined;
};

/** 3D Secure details. */
export type TestHelpersCreateIssuingAuthorizationVerificationDataThreeDSecureInput = {
  /** The outcome of the 3D Secure authentication request. */
  result: IssuingAuthorizationVerificationDataThreeDSecureResult;
};

/** The digital wallet used for this transaction. One of `apple_pay`, `google_pay`, or `samsung_pay`. Will populate as `null` when no digital wallet was utilized. */
export type TestHelpersCreateIssuingAuthorizationWallet =
  /** `apple_pay` */
  | 'APPLE_PAY'
  /** `google_pay` */
  | 'GOOGLE_PAY'
  /** `samsung_pay` */
  | 'SAMSUNG_PAY';

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

/** The input of `testHelpersCreateUnlinkedRefundIssuingTransaction`: the parameters of Stripe's `POST /v1/test_helpers/issuing/transactions/create_unlinked_refund`. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionInput = {
  /** The total amount to attempt to refund. This amount is in the provided currency, or defaults to the cards currency, and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  amount: number;
  /** Card associated with this unlinked refund transaction. */
  card: string | number;
  /** The currency of the unlinked refund. If not provided, defaults to the currency of the card. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency?: string | null | undefined;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Details about the seller (grocery store, e-commerce website, etc.) where the card authorization happened. */
  merchantData?: TestHelpersCreateUnlinkedRefundIssuingTransactionMerchantDataInput | null | undefined;
  /** Additional purchase information that is optionally provided by the merchant. */
  purchaseDetails?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsInput | null | undefined;
};

/** Details about the seller (grocery store, e-commerce website, etc.) where the card authorization happened. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionMerchantDataInput = {
  /** A categorization of the seller's type of business. See our [merchant categories guide](https://docs.stripe.com/issuing/merchant-categories) for a list of possible values. */
  category?: TestHelpersCreateForceCaptureIssuingTransactionMerchantDataCategory | null | undefined;
  /** City where the seller is located */
  city?: string | null | undefined;
  /** Country where the seller is located */
  country?: string | null | undefined;
  /** Name of the seller */
  name?: string | null | undefined;
  /** Identifier assigned to the seller by the card network. Different card networks may assign different network_id fields to the same merchant. */
  networkId?: string | null | undefined;
  /** Postal code where the seller is located */
  postalCode?: string | null | undefined;
  /** State where the seller is located */
  state?: string | null | undefined;
  /** An ID assigned by the seller to the location of the sale. */
  terminalId?: string | null | undefined;
  /** URL provided by the merchant on a 3DS request */
  url?: string | null | undefined;
};

/** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetCardholderPromptDataInput = {
  /** Driver ID. */
  driverId?: string | null | undefined;
  /** Odometer reading. */
  odometer?: number | null | undefined;
  /** An alphanumeric ID. This field is used when a vehicle ID, driver ID, or generic ID is entered by the cardholder, but the merchant or card network did not specify the prompt type. */
  unspecifiedId?: string | null | undefined;
  /** User ID. */
  userId?: string | null | undefined;
  /** Vehicle number. */
  vehicleNumber?: string | null | undefined;
};

/** Fleet-specific information for transactions using Fleet cards. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetInput = {
  /** Answers to prompts presented to the cardholder at the point of sale. Prompted fields vary depending on the configuration of your physical fleet cards. Typical points of sale support only numeric entry. */
  cardholderPromptData?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetCardholderPromptDataInput | null | undefined;
  /** The type of purchase. One of `fuel_purchase`, `non_fuel_purchase`, or `fuel_and_non_fuel_purchase`. */
  purchaseType?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetPurchaseType | null | undefined;
  /** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
  reportedBreakdown?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownInput | null | undefined;
  /** The type of fuel service. One of `non_fuel_transaction`, `full_service`, or `self_service`. */
  serviceType?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFleetServiceType | null | undefined;
};

/** Breakdown of fuel portion of the purchase. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownFuelInput = {
  /** Gross fuel amount that should equal Fuel Volume multiplied by Fuel Unit Cost, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** More information about the total amount. This information is not guaranteed to be accurate as some merchants may provide unreliable data. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownInput = {
  /** Breakdown of fuel portion of the purchase. */
  fuel?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownFuelInput | null | undefined;
  /** Breakdown of non-fuel portion of the purchase. */
  nonFuel?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownNonFuelInput | null | undefined;
  /** Information about tax included in this transaction. */
  tax?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownTaxInput | null | undefined;
};

/** Breakdown of non-fuel portion of the purchase. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownNonFuelInput = {
  /** Gross non-fuel amount that should equal the sum of the line items, inclusive of taxes. */
  grossAmountDecimal?: string | null | undefined;
};

/** Information about tax included in this transaction. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetReportedBreakdownTaxInput = {
  /** Amount of state or provincial Sales Tax included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  localAmountDecimal?: string | null | undefined;
  /** Amount of national Sales Tax or VAT included in the transaction amount. Null if not reported by merchant or not subject to tax. */
  nationalAmountDecimal?: string | null | undefined;
};

/** Information about the flight that was purchased with this transaction. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFlightInput = {
  /** The time that the flight departed. */
  departureAt?: string | null | undefined;
  /** The name of the passenger. */
  passengerName?: string | null | undefined;
  /** Whether the ticket is refundable. */
  refundable?: boolean | null | undefined;
  /** The legs of the trip. */
  segments?: Array<TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFlightSegmentsInput> | null | undefined;
  /** The travel agency that issued the ticket. */
  travelAgency?: string | null | undefined;
};

/** The legs of the trip. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFlightSegmentsInput = {
  /** The three-letter IATA airport code of the flight's destination. */
  arrivalAirportCode?: string | null | undefined;
  /** The airline carrier code. */
  carrier?: string | null | undefined;
  /** The three-letter IATA airport code that the flight departed from. */
  departureAirportCode?: string | null | undefined;
  /** The flight number. */
  flightNumber?: string | null | undefined;
  /** The flight's service class. */
  serviceClass?: string | null | undefined;
  /** Whether a stopover is allowed on this flight. */
  stopoverAllowed?: boolean | null | undefined;
};

/** Information about fuel that was purchased with this transaction. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFuelInput = {
  /** [Conexxus Payment System Product Code](https://www.conexxus.org/conexxus-payment-system-product-codes) identifying the primary fuel product purchased. */
  industryProductCode?: string | null | undefined;
  /** The quantity of `unit`s of fuel that was dispensed, represented as a decimal string with at most 12 decimal places. */
  quantityDecimal?: string | null | undefined;
  /** The type of fuel that was purchased. One of `diesel`, `unleaded_plus`, `unleaded_regular`, `unleaded_super`, or `other`. */
  type?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelType | null | undefined;
  /** The units for `quantity_decimal`. One of `charging_minute`, `imperial_gallon`, `kilogram`, `kilowatt_hour`, `liter`, `pound`, `us_gallon`, or `other`. */
  unit?: TestHelpersCreateForceCaptureIssuingTransactionPurchaseDetailsFuelUnit | null | undefined;
  /** The cost in cents per each unit of fuel, represented as a decimal string with at most 12 decimal places. */
  unitCostDecimal?: string | null | undefined;
};

/** Additional purchase information that is optionally provided by the merchant. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsInput = {
  /** Fleet-specific information for transactions using Fleet cards. */
  fleet?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFleetInput | null | undefined;
  /** Information about the flight that was purchased with this transaction. */
  flight?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFlightInput | null | undefined;
  /** Information about fuel that was purchased with this transaction. */
  fuel?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsFuelInput | null | undefined;
  /** Information about lodging that was purchased with this transaction. */
  lodging?: TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsLodgingInput | null | undefined;
  /** The line items in the purchase. */
  receipt?: Array<TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsReceiptInput> | null | undefined;
  /** A merchant-specific order number. */
  reference?: string | null | undefined;
};

/** Information about lodging that was purchased with this transaction. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsLodgingInput = {
  /** The time of checking into the lodging. */
  checkInAt?: string | null | undefined;
  /** The number of nights stayed at the lodging. */
  nights?: number | null | undefined;
};

/** The line items in the purchase. */
export type TestHelpersCreateUnlinkedRefundIssuingTransactionPurchaseDetailsReceiptInput = {
  /** Stripe's `description` parameter. */
  description?: string | null | undefined;
  /** Stripe's `quantity` parameter. */
  quantity?: string | null | undefined;
  /** Stripe's `total` parameter. */
  total?: number | null | undefined;
  /** Stripe's `unit_cost` parameter. */
  unitCost?: number | null | undefined;
};

/** The input of `testHelpersDeliverIssuingCard`: the parameters of Stripe's `POST /v1/test_helpers/issuing/cards/{id}/shipping/deliver` and the object it acts on. */
export type TestHelpersDeliverIssuingCardInput = {
  /** The IssuingCard to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
};

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

/** The input of `testHelpersIncrementIssuingAuthorization`: the parameters of Stripe's `POST /v1/test_helpers/issuing/authorizations/{id}/increment` and the object it acts on. */
export type TestHelpersIncrementIssuingAuthorizationInput = {
  /** The IssuingAuthorization to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** The amount to increment the authorization by. This amount is in the authorization currency and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  incrementAmount: number;
  /** If set `true`, you may provide [amount](https://docs.stripe.com/api/issuing/authorizations/approve#approve_issuing_authorization-amount) to control how much to hold for the authorization. */
  isAmountControllable?: boolean | null | undefined;
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

/** The input of `testHelpersRefundIssuingTransaction`: the parameters of Stripe's `POST /v1/test_helpers/issuing/transactions/{id}/refund` and the object it acts on. */
export type TestHelpersRefundIssuingTransactionInput = {
  /** The IssuingTransaction to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** The total amount to attempt to refund. This amount is in the provided currency, or defaults to the cards currency, and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  refundAmount?: number | null | undefined;
};

/** The input of `testHelpersRejectIssuingPersonalizationDesign`: the parameters of Stripe's `POST /v1/test_helpers/issuing/personalization_designs/{id}/reject` and the object it acts on. */
export type TestHelpersRejectIssuingPersonalizationDesignInput = {
  /** The IssuingPersonalizationDesign to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** The reason(s) the personalization design was rejected. */
  rejectionReasons: TestHelpersRejectIssuingPersonalizationDesignRejectionReasonsInput;
};

/** The reason(s) the personalization design was rejected. */
export type TestHelpersRejectIssuingPersonalizationDesignRejectionReasonsInput = {
  /** The reason(s) the card logo was rejected. */
  cardLogo?: Array<IssuingPersonalizationDesignRejectionReasonsCardLogo> | null | undefined;
  /** The reason(s) the carrier text was rejected. */
  carrierText?: Array<IssuingPersonalizationDesignRejectionReasonsCarrierText> | null | undefined;
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

/** The input of `testHelpersReverseIssuingAuthorization`: the parameters of Stripe's `POST /v1/test_helpers/issuing/authorizations/{id}/reverse` and the object it acts on. */
export type TestHelpersReverseIssuingAuthorizationInput = {
  /** The IssuingAuthorization to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** The amount to reverse from the authorization. If not provided, the full amount of the authorization will be reversed. This amount is in the authorization currency and in the [smallest currency unit](https://docs.stripe.com/currencies#zero-decimal). */
  reverseAmount?: number | null | undefined;
};

/** The input of `testHelpersShipIssuingCard`: the parameters of Stripe's `POST /v1/test_helpers/issuing/cards/{id}/shipping/ship` and the object it acts on. */
export type TestHelpersShipIssuingCardInput = {
  /** The IssuingCard to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
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

/** Reason why the `status` of this card is `canceled`. */
export type UpdateIssuingCardCancellationReason =
  /** `lost` */
  | 'LOST'
  /** `stolen` */
  | 'STOLEN';

/** The input of `updateIssuingCard`: the parameters of Stripe's `POST /v1/issuing/cards/{id}` and the object it acts on. */
export type UpdateIssuingCardInput = {
  /** Reason why the `status` of this card is `canceled`. */
  cancellationReason?: UpdateIssuingCardCancellationReason | null | undefined;
  /** The new financial account ID the card will be associated with. This field allows a card to be reassigned to a different financial account. */
  financialAccount?: string | number | null | undefined;
  /** The IssuingCard to act on. */
  id: string | number;
  /** Repeating a request with the same key returns the first result again, without repeating its effect (24 hours). */
  idempotencyKey?: string | null | undefined;
  /** Set of [key-value pairs](https://docs.stripe.com/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. Individual keys can be unset by posting an empty value to them. All keys can be unset by posting an empty value to `metadata`. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Stripe's `personalization_design` parameter. */
  personalizationDesign?: string | number | null | undefined;
  /** The desired new PIN for this card. */
  pin?: UpdateIssuingCardPinInput | null | undefined;
  /** Updated shipping information for the card. */
  shipping?: UpdateIssuingCardShippingInput | null | undefined;
  /** Rules that control spending for this card. Refer to our [documentation](https://docs.stripe.com/issuing/controls/spending-controls) for more details. */
  spendingControls?: UpdateIssuingCardSpendingControlsInput | null | undefined;
  /** Dictates whether authorizations can be approved on this card. May be blocked from activating cards depending on past-due Cardholder requirements. Defaults to `inactive`. If this card is being canceled because it was lost or stolen, this information should be provided as `cancellation_reason`. */
  status?: IssuingCardStatus | null | undefined;
};

/** The desired new PIN for this card. */
export type UpdateIssuingCardPinInput = {
  /** The card's desired new PIN, encrypted under Stripe's public key. */
  encryptedNumber?: string | null | undefined;
};

/** The address that the card is shipped to. */
export type UpdateIssuingCardShippingAddressInput = {
  /** City, district, suburb, town, or village. */
  city: string;
  /** Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)). */
  country: string;
  /** Address line 1, such as the street, PO Box, or company name. */
  line1: string;
  /** Address line 2, such as the apartment, suite, unit, or building. */
  line2?: string | null | undefined;
  /** ZIP or postal code. */
  postalCode: string;
  /** State, county, province, or region ([ISO 3166-2](https://en.wikipedia.org/wiki/ISO_3166-2)). */
  state?: string | null | undefined;
};

/** Address validation settings. */
export type UpdateIssuingCardShippingAddressValidationInput = {
  /** The address validation capabilities to use. */
  mode: IssuingCardShippingAddressValidationMode;
};

/** Customs information for the shipment. */
export type UpdateIssuingCardShippingCustomsInput = {
  /** The Economic Operators Registration and Identification (EORI) number to use for Customs. Required for bulk shipments to Europe. */
  eoriNumber?: string | null | undefined;
};

/** Updated shipping information for the card. */
export type UpdateIssuingCardShippingInput = {
  /** The address that the card is shipped to. */
  address: UpdateIssuingCardShippingAddressInput;
  /** Address validation settings. */
  addressValidation?: UpdateIssuingCardShippingAddressValidationInput | null | undefined;
  /** The name of the business at the shipping address, used on the shipping label to ensure delivery when the card is shipped to a cardholder's workplace. Allowed characters: `A-Z`, `a-z`, `0-9`, ` `, `.`, `-`. All other characters are stripped or ASCII-normalized when printed. */
  businessName?: string | null | undefined;
  /** Customs information for the shipment. */
  customs?: UpdateIssuingCardShippingCustomsInput | null | undefined;
  /** The name printed on the shipping label when shipping the card. */
  name: string;
  /** Phone number of the recipient of the shipment. */
  phoneNumber?: string | null | undefined;
  /** Whether a signature is required for card delivery. */
  requireSignature?: boolean | null | undefined;
  /** Shipment service. */
  service?: IssuingCardShippingService | null | undefined;
  /** Packaging options. */
  type?: IssuingCardShippingType | null | undefined;
};

/** Rules that control spending for this card. Refer to our [documentation](https://docs.stripe.com/issuing/controls/spending-controls) for more details. */
export type UpdateIssuingCardSpendingControlsInput = {
  /** Array of card presence statuses from which authorizations will be allowed. Possible options are `present`, `not_present`. All other statuses will be blocked. Cannot be set with `blocked_card_presences`. Provide an empty value to unset this control. */
  allowedCardPresences?: Array<IssuingCardSpendingControlsAllowedCardPresences> | null | undefined;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to allow. All other categories will be blocked. Cannot be set with `blocked_categories`. */
  allowedCategories?: Array<IssuingCardSpendingControlsAllowedCategories> | null | undefined;
  /** Array of strings containing representing countries from which authorizations will be allowed. Authorizations from merchants in all other countries will be declined. Country codes should be ISO 3166 alpha-2 country codes (e.g. `US`). Cannot be set with `blocked_merchant_countries`. Provide an empty value to unset this control. */
  allowedMerchantCountries?: Array<string> | null | undefined;
  /** Array of card presence statuses from which authorizations will be declined. Possible options are `present`, `not_present`. Cannot be set with `allowed_card_presences`. Provide an empty value to unset this control. */
  blockedCardPresences?: Array<IssuingCardSpendingControlsAllowedCardPresences> | null | undefined;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) of authorizations to decline. All other categories will be allowed. Cannot be set with `allowed_categories`. */
  blockedCategories?: Array<IssuingCardSpendingControlsAllowedCategories> | null | undefined;
  /** Array of strings containing representing countries from which authorizations will be declined. Country codes should be ISO 3166 alpha-2 country codes (e.g. `US`). Cannot be set with `allowed_merchant_countries`. Provide an empty value to unset this control. */
  blockedMerchantCountries?: Array<string> | null | undefined;
  /** Limit spending with amount-based rules that apply across any cards this card replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for` card, up the chain). */
  spendingLimits?: Array<UpdateIssuingCardSpendingControlsSpendingLimitsInput> | null | undefined;
};

/** Limit spending with amount-based rules that apply across any cards this card replaced (i.e., its `replacement_for` card and _that_ card's `replacement_for` card, up the chain). */
export type UpdateIssuingCardSpendingControlsSpendingLimitsInput = {
  /** Maximum amount allowed to spend per interval. */
  amount: number;
  /** Array of strings containing [categories](https://docs.stripe.com/api#issuing_authorization_object-merchant_data-category) this limit applies to. Omitting this field will apply the limit to all categories. */
  categories?: Array<IssuingCardSpendingControlsAllowedCategories> | null | undefined;
  /** Interval (or event) to which the amount applies. */
  interval: IssuingCardSpendingControlsSpendingLimitInterval;
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
   | null };

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
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'IssuingAuthorization', id: string }
    | { __typename: 'IssuingCard', id: string }
    | { __typename: 'IssuingCardholder', id: string }
    | { __typename: 'IssuingDispute', id: string }
    | { __typename: 'IssuingPersonalizationDesign', id: string }
    | { __typename: 'IssuingPhysicalBundle', id: string }
    | { __typename: 'IssuingToken', id: string }
    | { __typename: 'IssuingTransaction', id: string }
    | { __typename: 'PaymentMethod', id: string }
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

export type IsHolderMutationVariables = Exact<{
  input: CreateIssuingCardholderInput;
}>;


export type IsHolderMutation = { createIssuingCardholder: { issuingCardholder: { id: string, status: IssuingCardholderStatus, requirements: { disabledReason: IssuingCardholderRequirementsDisabledReason | null, pastDue: Array<IssuingCardholderRequirementsPastDue> | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IsCardMutationVariables = Exact<{
  input: CreateIssuingCardInput;
}>;


export type IsCardMutation = { createIssuingCard: { issuingCard: { id: string, type: IssuingCardType, status: IssuingCardStatus, brand: string, last4: string, expYear: number, cancellationReason: IssuingCardCancellationReason | null, replacementReason: IssuingCardReplacementReason | null, financialAccount: { id: string } | null, cardholder: { id: string }, replacementFor: { id: string } | null, replacedBy: { id: string } | null, shipping: { status: IssuingCardShippingStatus | null, carrier: IssuingCardShippingCarrier | null, eta: string | null, service: IssuingCardShippingService, trackingNumber: string | null, trackingUrl: string | null, shippedAt: string | null, deliveredAt: string | null } | null, spendingControls: { spendingLimitsCurrency: string | null, spendingLimits: Array<{ amount: number, interval: IssuingCardSpendingControlsSpendingLimitInterval }> | null }, wallets: { applePay: { eligible: boolean, ineligibleReason: IssuingCardWalletsApplePayIneligibleReason | null } } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IsUpdateCardMutationVariables = Exact<{
  input: UpdateIssuingCardInput;
}>;


export type IsUpdateCardMutation = { updateIssuingCard: { issuingCard: { id: string, status: IssuingCardStatus, cancellationReason: IssuingCardCancellationReason | null, replacedBy: { id: string } | null, shipping: { status: IssuingCardShippingStatus | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsGetCardQueryVariables = Exact<{
  id: string | number;
}>;


export type IsGetCardQuery = { issuingCard: { id: string, status: IssuingCardStatus, cancellationReason: IssuingCardCancellationReason | null, replacedBy: { id: string } | null, shipping: { status: IssuingCardShippingStatus | null } | null } | null };

export type IsShipMutationVariables = Exact<{
  input: TestHelpersShipIssuingCardInput;
}>;


export type IsShipMutation = { testHelpersShipIssuingCard: { issuingCard: { id: string, status: IssuingCardStatus, shipping: { status: IssuingCardShippingStatus | null, carrier: IssuingCardShippingCarrier | null, trackingNumber: string | null, trackingUrl: string | null, shippedAt: string | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsDeliverMutationVariables = Exact<{
  input: TestHelpersDeliverIssuingCardInput;
}>;


export type IsDeliverMutation = { testHelpersDeliverIssuingCard: { issuingCard: { id: string, shipping: { status: IssuingCardShippingStatus | null, deliveredAt: string | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsCardUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type IsCardUpdatedSubscription = { issuingCardUpdated: { id: string, shipping: { status: IssuingCardShippingStatus | null } | null } };

export type IsAuthorizeMutationVariables = Exact<{
  input: TestHelpersCreateIssuingAuthorizationInput;
}>;


export type IsAuthorizeMutation = { testHelpersCreateIssuingAuthorization: { issuingAuthorization: { id: string, status: IssuingAuthorizationStatus, approved: boolean, amount: number, requestHistory: Array<{ amount: number, approved: boolean, reason: IssuingAuthorizationRequestHistoryReason, authorizationCode: string | null }>, treasury: { transaction: { id: string, status: TreasuryTransactionStatus, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, outboundPending: number } } | null } | null, fraudChallenges: Array<{ channel: IssuingAuthorizationFraudChallengeChannel, status: IssuingAuthorizationFraudChallengeStatus, undeliverableReason: IssuingAuthorizationFraudChallengeUndeliverableReason | null }> | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IsIncrementMutationVariables = Exact<{
  input: TestHelpersIncrementIssuingAuthorizationInput;
}>;


export type IsIncrementMutation = { testHelpersIncrementIssuingAuthorization: { issuingAuthorization: { id: string, status: IssuingAuthorizationStatus, amount: number, requestHistory: Array<{ amount: number, approved: boolean, reason: IssuingAuthorizationRequestHistoryReason }> } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsCaptureMutationVariables = Exact<{
  input: TestHelpersCaptureIssuingAuthorizationInput;
}>;


export type IsCaptureMutation = { testHelpersCaptureIssuingAuthorization: { issuingAuthorization: { id: string, status: IssuingAuthorizationStatus, amount: number, transactions: Array<{ id: string, type: IssuingTransactionType, amount: number, card: { id: string }, treasury: { receivedDebit: { id: string, amount: number, network: TreasuryReceivedDebitNetwork, status: TreasuryReceivedDebitStatus, linkedFlows: { issuingTransaction: { id: string } | null, issuingAuthorization: { id: string } | null } } | null } | null }>, treasury: { receivedDebits: Array<string>, transaction: { id: string, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number }, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, balanceImpact: { cash: number, outboundPending: number } }> } } | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsReverseMutationVariables = Exact<{
  input: TestHelpersReverseIssuingAuthorizationInput;
}>;


export type IsReverseMutation = { testHelpersReverseIssuingAuthorization: { issuingAuthorization: { id: string, status: IssuingAuthorizationStatus, amount: number, treasury: { transaction: { id: string, status: TreasuryTransactionStatus, balanceImpact: { cash: number, outboundPending: number } } | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsRefundMutationVariables = Exact<{
  input: TestHelpersRefundIssuingTransactionInput;
}>;


export type IsRefundMutation = { testHelpersRefundIssuingTransaction: { issuingTransaction: { id: string, type: IssuingTransactionType, amount: number, authorization: { id: string, transactions: Array<{ id: string }>, treasury: { receivedCredits: Array<string> } | null } | null, treasury: { receivedCredit: { id: string, amount: number, status: TreasuryReceivedCreditStatus } | null } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IsForceMutationVariables = Exact<{
  input: TestHelpersCreateForceCaptureIssuingTransactionInput;
}>;


export type IsForceMutation = { testHelpersCreateForceCaptureIssuingTransaction: { issuingTransaction: { id: string, type: IssuingTransactionType, amount: number, authorization: { id: string } | null, treasury: { receivedDebit: { id: string } | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsUnlinkedMutationVariables = Exact<{
  input: TestHelpersCreateUnlinkedRefundIssuingTransactionInput;
}>;


export type IsUnlinkedMutation = { testHelpersCreateUnlinkedRefundIssuingTransaction: { issuingTransaction: { id: string, type: IssuingTransactionType, amount: number, treasury: { receivedCredit: { id: string, network: TreasuryReceivedCreditNetwork } | null } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsGraphQueryVariables = Exact<{
  holder: string | number;
}>;


export type IsGraphQuery = { issuingCardholder: { cards: { nodes: Array<{ id: string, authorizations: { nodes: Array<{ id: string, status: IssuingAuthorizationStatus, transactions: Array<{ id: string, type: IssuingTransactionType }> }> }, transactions: { nodes: Array<{ id: string, type: IssuingTransactionType }> } }> } } | null };

export type IsDisputeMutationVariables = Exact<{
  input: CreateIssuingDisputeInput;
}>;


export type IsDisputeMutation = { createIssuingDispute: { issuingDispute: { id: string, status: IssuingDisputeStatus, amount: number, transaction: { id: string, dispute: { id: string } | null }, treasury: { receivedDebit: { id: string }, debitReversal: { id: string } | null } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IsSubmitMutationVariables = Exact<{
  input: SubmitIssuingDisputeInput;
}>;


export type IsSubmitMutation = { submitIssuingDispute: { issuingDispute: { id: string, status: IssuingDisputeStatus, treasury: { debitReversal: { id: string, status: TreasuryDebitReversalStatus, amount: number, linkedFlows: { issuingDispute: { id: string } | null } | null } | null } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IsGetDisputeQueryVariables = Exact<{
  id: string | number;
}>;


export type IsGetDisputeQuery = { issuingDispute: { id: string, status: IssuingDisputeStatus, lossReason: IssuingDisputeLossReason | null, treasury: { debitReversal: { id: string, status: TreasuryDebitReversalStatus } | null } | null } | null };

export type IsDesignMutationVariables = Exact<{
  input: CreateIssuingPersonalizationDesignInput;
}>;


export type IsDesignMutation = { createIssuingPersonalizationDesign: { issuingPersonalizationDesign: { id: string, status: IssuingPersonalizationDesignStatus, physicalBundle: { id: string, features: { cardLogo: IssuingPhysicalBundleFeaturesCardLogo } } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type IsActivateMutationVariables = Exact<{
  input: TestHelpersActivateIssuingPersonalizationDesignInput;
}>;


export type IsActivateMutation = { testHelpersActivateIssuingPersonalizationDesign: { issuingPersonalizationDesign: { id: string, status: IssuingPersonalizationDesignStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsRejectMutationVariables = Exact<{
  input: TestHelpersRejectIssuingPersonalizationDesignInput;
}>;


export type IsRejectMutation = { testHelpersRejectIssuingPersonalizationDesign: { issuingPersonalizationDesign: { id: string, status: IssuingPersonalizationDesignStatus, rejectionReasons: { cardLogo: Array<IssuingPersonalizationDesignRejectionReasonsCardLogo> | null, carrierText: Array<IssuingPersonalizationDesignRejectionReasonsCarrierText> | null } } | null, userErrors: Array<{ code: string, message: string }> } };

export type IsBundlesQueryVariables = Exact<{ [key: string]: never; }>;


export type IsBundlesQuery = { issuingPhysicalBundles: { nodes: Array<{ id: string, type: IssuingPhysicalBundleType, status: IssuingPhysicalBundleStatus }> } };

export type ReceiptObtMutationVariables = Exact<{
  input: CreateTreasuryOutboundTransferInput;
}>;


export type ReceiptObtMutation = { createTreasuryOutboundTransfer: { treasuryOutboundTransfer: { id: string, hostedRegulatoryReceiptUrl: string | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type ReceiptGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ReceiptGetQuery = { treasuryOutboundTransfer: { hostedRegulatoryReceiptUrl: string | null } | null };

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
          | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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


export type DrCreateMutation = { createTreasuryDebitReversal: { treasuryDebitReversal: { id: string, object: string, status: TreasuryDebitReversalStatus, amount: number, currency: string, network: TreasuryDebitReversalNetwork, metadata: Record<string, unknown>, livemode: boolean, financialAccount: { id: string } | null, linkedFlows: { issuingDispute: { id: string } | null } | null, receivedDebit: { id: string, linkedFlows: { debitReversal: { id: string } | null }, reversalDetails: { restrictedReason: TreasuryReceivedDebitReversalDetailsRestrictedReason | null } | null }, statusTransitions: { completedAt: string | null }, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, flow:
          | { __typename: 'IssuingAuthorization' }
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
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'IssuingAuthorization', id: string }
    | { __typename: 'IssuingCard', id: string }
    | { __typename: 'IssuingCardholder', id: string }
    | { __typename: 'IssuingDispute', id: string }
    | { __typename: 'IssuingPersonalizationDesign', id: string }
    | { __typename: 'IssuingPhysicalBundle', id: string }
    | { __typename: 'IssuingToken', id: string }
    | { __typename: 'IssuingTransaction', id: string }
    | { __typename: 'PaymentMethod', id: string }
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
          | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'IssuingAuthorization', id: string }
    | { __typename: 'IssuingCard', id: string }
    | { __typename: 'IssuingCardholder', id: string }
    | { __typename: 'IssuingDispute', id: string }
    | { __typename: 'IssuingPersonalizationDesign', id: string }
    | { __typename: 'IssuingPhysicalBundle', id: string }
    | { __typename: 'IssuingToken', id: string }
    | { __typename: 'IssuingTransaction', id: string }
    | { __typename: 'PaymentMethod', id: string }
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
      | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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
          | { __typename: 'IssuingAuthorization' }
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
        | { __typename: 'IssuingAuthorization' }
        | { __typename: 'TreasuryCreditReversal' }
        | { __typename: 'TreasuryDebitReversal' }
        | { __typename: 'TreasuryInboundTransfer' }
        | { __typename: 'TreasuryOutboundPayment', id: string }
        | { __typename: 'TreasuryOutboundTransfer' }
        | { __typename: 'TreasuryReceivedCredit' }
        | { __typename: 'TreasuryReceivedDebit' }
       | null, entries: { nodes: Array<{ type: TreasuryTransactionEntryType, flowType: TreasuryTransactionEntryFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number } }> } } } | null, node:
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'IssuingAuthorization', id: string }
    | { __typename: 'IssuingCard', id: string }
    | { __typename: 'IssuingCardholder', id: string }
    | { __typename: 'IssuingDispute', id: string }
    | { __typename: 'IssuingPersonalizationDesign', id: string }
    | { __typename: 'IssuingPhysicalBundle', id: string }
    | { __typename: 'IssuingToken', id: string }
    | { __typename: 'IssuingTransaction', id: string }
    | { __typename: 'PaymentMethod', id: string }
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
          | { __typename: 'IssuingAuthorization' }
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


export type RcCreateMutation = { testHelpersCreateTreasuryReceivedCredit: { treasuryReceivedCredit: { id: string, object: string, status: TreasuryReceivedCreditStatus, failureCode: TreasuryReceivedCreditFailureCode | null, amount: number, currency: string, description: string, network: TreasuryReceivedCreditNetwork, livemode: boolean, financialAccount: { id: string } | null, initiatingPaymentMethodDetails: { type: TreasuryReceivedCreditInitiatingPaymentMethodDetailsType, billingDetails: { name: string | null, email: string | null, address: { line1: string | null } }, usBankAccount: { bankName: string | null, last4: string | null, routingNumber: string | null } | null, financialAccount: { id: string, network: TreasuryReceivedCreditInitiatingPaymentMethodDetailsFinancialAccountNetwork } | null }, linkedFlows: { sourceFlowType: string | null, creditReversal: { id: string } | null, issuingAuthorization: { id: string } | null, issuingTransaction: { id: string } | null, sourceFlow:
          | { __typename: 'IssuingAuthorization' }
          | { __typename: 'TreasuryCreditReversal' }
          | { __typename: 'TreasuryDebitReversal' }
          | { __typename: 'TreasuryInboundTransfer' }
          | { __typename: 'TreasuryOutboundPayment' }
          | { __typename: 'TreasuryOutboundTransfer' }
          | { __typename: 'TreasuryReceivedCredit' }
          | { __typename: 'TreasuryReceivedDebit' }
         | null, sourceFlowDetails: { type: TreasuryReceivedCreditLinkedFlowsSourceFlowDetailsType } | null }, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedCreditReversalDetailsRestrictedReason | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, statusTransitions: { postedAt: string | null }, flow:
          | { __typename: 'IssuingAuthorization' }
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
        | { __typename: 'IssuingAuthorization' }
        | { __typename: 'TreasuryCreditReversal' }
        | { __typename: 'TreasuryDebitReversal' }
        | { __typename: 'TreasuryInboundTransfer' }
        | { __typename: 'TreasuryOutboundPayment' }
        | { __typename: 'TreasuryOutboundTransfer' }
        | { __typename: 'TreasuryReceivedCredit' }
        | { __typename: 'TreasuryReceivedDebit' }
       | null, sourceFlowDetails: { type: TreasuryReceivedCreditLinkedFlowsSourceFlowDetailsType, payout: string | null, creditReversal: { id: string } | null, outboundPayment: { id: string } | null, outboundTransfer: { id: string } | null } | null } } | null, node:
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'IssuingAuthorization', id: string }
    | { __typename: 'IssuingCard', id: string }
    | { __typename: 'IssuingCardholder', id: string }
    | { __typename: 'IssuingDispute', id: string }
    | { __typename: 'IssuingPersonalizationDesign', id: string }
    | { __typename: 'IssuingPhysicalBundle', id: string }
    | { __typename: 'IssuingToken', id: string }
    | { __typename: 'IssuingTransaction', id: string }
    | { __typename: 'PaymentMethod', id: string }
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


export type RdCreateMutation = { testHelpersCreateTreasuryReceivedDebit: { treasuryReceivedDebit: { id: string, object: string, status: TreasuryReceivedDebitStatus, failureCode: TreasuryReceivedDebitFailureCode | null, amount: number, currency: string, description: string, network: TreasuryReceivedDebitNetwork, financialAccount: { id: string } | null, initiatingPaymentMethodDetails: { type: TreasuryReceivedDebitInitiatingPaymentMethodDetailsType, billingDetails: { name: string | null }, usBankAccount: { bankName: string | null, last4: string | null, routingNumber: string | null } | null } | null, linkedFlows: { payout: string | null, topup: string | null, debitReversal: { id: string } | null, inboundTransfer: { id: string } | null, issuingAuthorization: { id: string } | null, issuingTransaction: { id: string } | null }, reversalDetails: { deadline: string | null, restrictedReason: TreasuryReceivedDebitReversalDetailsRestrictedReason | null } | null, transaction: { id: string, status: TreasuryTransactionStatus, amount: number, flowType: TreasuryTransactionFlowDetailsType, balanceImpact: { cash: number, inboundPending: number, outboundPending: number }, flow:
          | { __typename: 'IssuingAuthorization' }
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
    | { __typename: 'ClimateProduct', id: string }
    | { __typename: 'ClimateSupplier', id: string }
    | { __typename: 'Customer', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'IssuingAuthorization', id: string }
    | { __typename: 'IssuingCard', id: string }
    | { __typename: 'IssuingCardholder', id: string }
    | { __typename: 'IssuingDispute', id: string }
    | { __typename: 'IssuingPersonalizationDesign', id: string }
    | { __typename: 'IssuingPhysicalBundle', id: string }
    | { __typename: 'IssuingToken', id: string }
    | { __typename: 'IssuingTransaction', id: string }
    | { __typename: 'PaymentMethod', id: string }
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


export type WhRestartAttemptsQuery = { webhookEndpoint: { deliveryAttempts: { nodes: Array<{ attemptNumber: number, responseStatus: number | null, event: { id: string } }> } } | null };

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
          | { __typename: 'IssuingAuthorization' }
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
export const ClimateCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryYear"}},{"kind":"Field","name":{"kind":"Name","value":"metricTonsAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"currentPricesPerMetricTon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountSubtotal"}},{"kind":"Field","name":{"kind":"Name","value":"amountFees"}},{"kind":"Field","name":{"kind":"Name","value":"amountTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"removalPathway"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ClimateCatalogueQuery, ClimateCatalogueQueryVariables>;
export const ClimateProductByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClimateProductById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"climateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClimateProduct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClimateProductByIdQuery, ClimateProductByIdQueryVariables>;
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
export const IsHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIssuingCardholderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIssuingCardholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCardholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"pastDue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IsHolderMutation, IsHolderMutationVariables>;
export const IsCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIssuingCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIssuingCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacementReason"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cardholder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacementFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendingControls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spendingLimitsCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"spendingLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applePay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ineligibleReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IsCardMutation, IsCardMutationVariables>;
export const IsUpdateCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsUpdateCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIssuingCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIssuingCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsUpdateCardMutation, IsUpdateCardMutationVariables>;
export const IsGetCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsGetCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"replacedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<IsGetCardQuery, IsGetCardQueryVariables>;
export const IsShipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsShip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersShipIssuingCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersShipIssuingCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trackingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"shippedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsShipMutation, IsShipMutationVariables>;
export const IsDeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsDeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersDeliverIssuingCardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersDeliverIssuingCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsDeliverMutation, IsDeliverMutationVariables>;
export const IsCardUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IsCardUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCardUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<IsCardUpdatedSubscription, IsCardUpdatedSubscriptionVariables>;
export const IsAuthorizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsAuthorize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateIssuingAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateIssuingAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"requestHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fraudChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"undeliverableReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IsAuthorizeMutation, IsAuthorizeMutationVariables>;
export const IsIncrementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsIncrement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersIncrementIssuingAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersIncrementIssuingAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"requestHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsIncrementMutation, IsIncrementMutationVariables>;
export const IsCaptureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsCapture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCaptureIssuingAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCaptureIssuingAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebits"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsCaptureMutation, IsCaptureMutationVariables>;
export const IsReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersReverseIssuingAuthorizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersReverseIssuingAuthorization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsReverseMutation, IsReverseMutationVariables>;
export const IsRefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsRefund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersRefundIssuingTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersRefundIssuingTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedCredits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IsRefundMutation, IsRefundMutationVariables>;
export const IsForceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsForce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateForceCaptureIssuingTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateForceCaptureIssuingTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsForceMutation, IsForceMutationVariables>;
export const IsUnlinkedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsUnlinked"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateUnlinkedRefundIssuingTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateUnlinkedRefundIssuingTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsUnlinkedMutation, IsUnlinkedMutationVariables>;
export const IsGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holder"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingCardholder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IsGraphQuery, IsGraphQueryVariables>;
export const IsDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIssuingDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIssuingDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingDispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IsDisputeMutation, IsDisputeMutationVariables>;
export const IsSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitIssuingDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitIssuingDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingDispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingDispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IsSubmitMutation, IsSubmitMutationVariables>;
export const IsGetDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsGetDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lossReason"}},{"kind":"Field","name":{"kind":"Name","value":"treasury"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IsGetDisputeQuery, IsGetDisputeQueryVariables>;
export const IsDesignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsDesign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIssuingPersonalizationDesignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIssuingPersonalizationDesign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingPersonalizationDesign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"physicalBundle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardLogo"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IsDesignMutation, IsDesignMutationVariables>;
export const IsActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersActivateIssuingPersonalizationDesignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersActivateIssuingPersonalizationDesign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingPersonalizationDesign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsActivateMutation, IsActivateMutationVariables>;
export const IsRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IsReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersRejectIssuingPersonalizationDesignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersRejectIssuingPersonalizationDesign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingPersonalizationDesign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardLogo"}},{"kind":"Field","name":{"kind":"Name","value":"carrierText"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IsRejectMutation, IsRejectMutationVariables>;
export const IsBundlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsBundles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingPhysicalBundles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"STANDARD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<IsBundlesQuery, IsBundlesQueryVariables>;
export const ReceiptObtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiptObt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryOutboundTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReceiptObtMutation, ReceiptObtMutationVariables>;
export const ReceiptGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceiptGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryOutboundTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostedRegulatoryReceiptUrl"}}]}}]}}]} as unknown as DocumentNode<ReceiptGetQuery, ReceiptGetQueryVariables>;
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
export const DrCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTreasuryDebitReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTreasuryDebitReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryDebitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuingDispute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryDebitReversal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DrCreateMutation, DrCreateMutationVariables>;
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
export const RcCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RcCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"livemode"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlowDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedCredit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RcCreateMutation, RcCreateMutationVariables>;
export const RcReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcReadQuery, RcReadQueryVariables>;
export const RcGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceFlowType"}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceFlowDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"creditReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RcGetQuery, RcGetQueryVariables>;
export const RcListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fa"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedCreditStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkedFlows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedCreditListLinkedFlowsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"financialAccount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkedFlows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkedFlows"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fa"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedCredits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcListQuery, RcListQueryVariables>;
export const RcUpdateFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RcUpdateFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RcUpdateFaMutation, RcUpdateFaMutationVariables>;
export const RcCloseFaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RcCloseFa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTreasuryFinancialAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTreasuryFinancialAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryFinancialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RcCloseFaMutation, RcCloseFaMutationVariables>;
export const RcNetworkEnumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcNetworkEnum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RcNetworkEnumQuery, RcNetworkEnumQueryVariables>;
export const RcTypeFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcTypeFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcTypeFieldsQuery, RcTypeFieldsQueryVariables>;
export const RcReadDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcReadDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcReadDetailsQuery, RcReadDetailsQueryVariables>;
export const RcEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RcEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"StringValue","value":"treasury.received_credit.*","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"object"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RcEventsQuery, RcEventsQueryVariables>;
export const RdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestHelpersCreateTreasuryReceivedDebitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testHelpersCreateTreasuryReceivedDebit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treasuryReceivedDebit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"network"}},{"kind":"Field","name":{"kind":"Name","value":"financialAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiatingPaymentMethodDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"billingDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usBankAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"routingNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedFlows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debitReversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundTransfer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuingTransaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payout"}},{"kind":"Field","name":{"kind":"Name","value":"topup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"flowType"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreasuryReceivedDebit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"balanceImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cash"}},{"kind":"Field","name":{"kind":"Name","value":"inboundPending"}},{"kind":"Field","name":{"kind":"Name","value":"outboundPending"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RdCreateMutation, RdCreateMutationVariables>;
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
export const WhRestartAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhRestartAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhRestartAttemptsQuery, WhRestartAttemptsQueryVariables>;
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