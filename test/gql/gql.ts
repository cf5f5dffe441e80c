/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClimateCatalogue($first: Int, $after: String) {\n    climateProducts(first: $first, after: $after) {\n      nodes { id name deliveryYear metricTonsAvailable currentPricesPerMetricTon { currency amountSubtotal amountFees amountTotal } suppliers { id name removalPathway locations { country region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ClimateCatalogueDocument,
    "query ClimateProductById($id: ID!) { climateProduct(id: $id) { id livemode } node(id: $id) { id ... on ClimateProduct { name } } }": typeof types.ClimateProductByIdDocument,
    "\n  mutation CreateClimateOrderT($input: CreateClimateOrderInput!) {\n    createClimateOrder(input: $input) {\n      climateOrder { id status metricTons amountSubtotal amountFees amountTotal currency expectedDeliveryYear beneficiary { publicName } product { id } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateClimateOrderTDocument,
    "mutation UpdateClimateOrderT($input: UpdateClimateOrderInput!) { updateClimateOrder(input: $input) { climateOrder { id beneficiary { publicName } metadata } userErrors { code } } }": typeof types.UpdateClimateOrderTDocument,
    "mutation CancelClimateOrderT($input: CancelClimateOrderInput!) { cancelClimateOrder(input: $input) { climateOrder { id status cancellationReason canceledAt } userErrors { code } } }": typeof types.CancelClimateOrderTDocument,
    "query ClimateOrderT($id: ID!) { climateOrder(id: $id) { id status confirmedAt deliveredAt deliveryDetails { metricTons supplier { id } } } }": typeof types.ClimateOrderTDocument,
    "query ClimateOrderEventsT { events(types: [\"climate.order.*\"], first: 20) { nodes { type } } }": typeof types.ClimateOrderEventsTDocument,
    "\n  mutation OnrCreate($input: CreateCryptoOnrampSessionInput!) {\n    createCryptoOnrampSession(input: $input) {\n      cryptoOnrampSession {\n        id status clientSecret kycDetailsProvided\n        transactionDetails { sourceAmount sourceCurrency destinationAmount destinationCurrency destinationNetwork walletAddress fees transactionId }\n      }\n      userErrors { code field }\n    }\n  }\n": typeof types.OnrCreateDocument,
    "\n  mutation OnrCheckout($input: CheckoutCryptoOnrampSessionInput!) {\n    checkoutCryptoOnrampSession(input: $input) { cryptoOnrampSession { id status } userErrors { code } }\n  }\n": typeof types.OnrCheckoutDocument,
    "\n  mutation OnrQuote($input: QuoteCryptoOnrampSessionInput!) {\n    quoteCryptoOnrampSession(input: $input) { cryptoOnrampSession { status transactionDetails { sourceAmount destinationAmount fees } } userErrors { code } }\n  }\n": typeof types.OnrQuoteDocument,
    "\n  query OnrGet($id: ID!) {\n    cryptoOnrampSession(id: $id) { status transactionDetails { transactionId destinationAmount } }\n    cryptoOnrampSessions(status: FULFILLMENT_COMPLETE, destinationCurrency: ETH) { nodes { id } }\n  }\n": typeof types.OnrGetDocument,
    "\n  mutation OnrClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": typeof types.OnrClockDocument,
    "\n  mutation OnrAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } }\n  }\n": typeof types.OnrAdvanceDocument,
    "subscription OnrUpdated($id: ID!) { cryptoOnrampSessionUpdated(id: $id) { status } }": typeof types.OnrUpdatedDocument,
    "mutation CreateFeatureT($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id name lookupKey active } userErrors { code field } } }": typeof types.CreateFeatureTDocument,
    "mutation UpdateFeatureT($input: UpdateEntitlementsFeatureInput!) { updateEntitlementsFeature(input: $input) { entitlementsFeature { id name active } userErrors { code } } }": typeof types.UpdateFeatureTDocument,
    "query FeaturesT($archived: Boolean, $lookupKey: String) { entitlementsFeatures(archived: $archived, lookupKey: $lookupKey) { nodes { id } } }": typeof types.FeaturesTDocument,
    "mutation AttachFeatureT($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id entitlementFeature { id lookupKey } } userErrors { code field } } }": typeof types.AttachFeatureTDocument,
    "mutation DetachFeatureT($input: DeleteProductFeatureInput!) { deleteProductFeature(input: $input) { deletedProductFeature { id deleted } userErrors { code } } }": typeof types.DetachFeatureTDocument,
    "query ProductFeaturesT($id: ID!) { product(id: $id) { features { nodes { id entitlementFeature { lookupKey } } } } }": typeof types.ProductFeaturesTDocument,
    "mutation EntProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }": typeof types.EntProductDocument,
    "mutation EntPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code } } }": typeof types.EntPriceDocument,
    "mutation EntCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }": typeof types.EntCustomerDocument,
    "mutation EntOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id amountTotal } userErrors { code message } } }": typeof types.EntOrderDocument,
    "mutation EntSubmit($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status } userErrors { code message } } }": typeof types.EntSubmitDocument,
    "query ActiveT($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { id lookupKey feature { id } } } }": typeof types.ActiveTDocument,
    "query ActiveOneT($id: ID!) { entitlementsActiveEntitlement(id: $id) { id lookupKey } }": typeof types.ActiveOneTDocument,
    "query SummariesT { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }": typeof types.SummariesTDocument,
    "\n  mutation WeCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id object apiVersion application created description enabledEvents livemode metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.WeCreateDocument,
    "\n  mutation WeUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id description enabledEvents metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.WeUpdateDocument,
    "\n  mutation WeDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id object deleted } userErrors { code message field } }\n  }\n": typeof types.WeDeleteDocument,
    "query WeGet($id: ID!) { webhookEndpoint(id: $id) { id secret status url enabledEvents } }": typeof types.WeGetDocument,
    "\n  query WeList($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) { nodes { id secret } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.WeListDocument,
    "query WeNode($id: ID!) { node(id: $id) { __typename id } }": typeof types.WeNodeDocument,
    "\n  mutation WeResend($input: ResendEventInput!) { resendEvent(input: $input) { event { id } userErrors { code message field } } }\n": typeof types.WeResendDocument,
    "query WeFirstEvent { events(first: 1) { nodes { id } } }": typeof types.WeFirstEventDocument,
    "\n  mutation WeCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": typeof types.WeCreateFaDocument,
    "subscription WeUpdated($id: ID!) { webhookEndpointUpdated(id: $id) { id status description } }": typeof types.WeUpdatedDocument,
    "\n  mutation FwdCreatePm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) {\n      paymentMethod { id type card { brand last4 expMonth expYear funding country fingerprint checks { cvcCheck } } billingDetails { name } usBankAccount { last4 } }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.FwdCreatePmDocument,
    "\n  mutation FwdCreate($input: CreateForwardingRequestInput!) {\n    createForwardingRequest(input: $input) {\n      forwardingRequest {\n        id url replacements metadata paymentMethod { id card { last4 } }\n        requestDetails { httpMethod body headers { name value } }\n        requestContext { destinationDuration destinationIpAddress }\n        responseDetails { status body headers { name value } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.FwdCreateDocument,
    "\n  query FwdGet($id: ID!) {\n    forwardingRequest(id: $id) { id requestDetails { body } }\n    forwardingRequests(first: 10) { nodes { id } }\n  }\n": typeof types.FwdGetDocument,
    "\n  mutation IbInstructions($input: CreateIssuingFundingInstructionsInput!) {\n    createIssuingFundingInstructions(input: $input) {\n      fundingInstructions {\n        id currency fundingType livemode\n        bankTransfer { country type financialAddresses { type supportedNetworks iban { iban bic country accountHolderName } sortCode { sortCode accountNumber } aba { routingNumber accountNumber } } }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.IbInstructionsDocument,
    "query IbInstructionList { issuingFundingInstructions(first: 10) { nodes { id currency bankTransfer { type } } } }": typeof types.IbInstructionListDocument,
    "\n  mutation IbFund($input: TestHelpersFundIssuingBalanceInput!) {\n    testHelpersFundIssuingBalance(input: $input) { fundingInstructions { id currency bankTransfer { type } } userErrors { code field } }\n  }\n": typeof types.IbFundDocument,
    "query IbBalance { issuingBalance { available { amount currency } held { amount currency } } }": typeof types.IbBalanceDocument,
    "subscription IbBalanceUpdated { issuingBalanceUpdated { available { amount currency } held { amount } } }": typeof types.IbBalanceUpdatedDocument,
    "\n  mutation IbHolder($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } userErrors { code } } }\n": typeof types.IbHolderDocument,
    "\n  mutation IbCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) { issuingCard { id personalizationDesign { id } } userErrors { code message field } }\n  }\n": typeof types.IbCardDocument,
    "\n  mutation IbAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status approved amount requestHistory { reason } treasury { transaction { id } } } userErrors { code }\n    }\n  }\n": typeof types.IbAuthorizeDocument,
    "\n  mutation IbIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) { issuingAuthorization { id amount requestHistory { approved reason } } userErrors { code } }\n  }\n": typeof types.IbIncrementDocument,
    "\n  mutation IbReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) { issuingAuthorization { id status amount } userErrors { code } }\n  }\n": typeof types.IbReverseDocument,
    "\n  mutation IbCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) { issuingAuthorization { id status transactions { id amount treasury { receivedDebit { id } } } } userErrors { code } }\n  }\n": typeof types.IbCaptureDocument,
    "\n  mutation IbRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) { issuingTransaction { id type amount } userErrors { code } }\n  }\n": typeof types.IbRefundDocument,
    "\n  mutation IbForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id amount created } userErrors { code } }\n  }\n": typeof types.IbForceDocument,
    "\n  mutation IbDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount treasury { debitReversal { id } } } userErrors { code message field } }\n  }\n": typeof types.IbDisputeDocument,
    "\n  mutation IbSubmit($input: SubmitIssuingDisputeInput!) { submitIssuingDispute(input: $input) { issuingDispute { id status } userErrors { code } } }\n": typeof types.IbSubmitDocument,
    "query IbGetDispute($id: ID!) { issuingDispute(id: $id) { id status } }": typeof types.IbGetDisputeDocument,
    "\n  mutation IbClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": typeof types.IbClockDocument,
    "\n  mutation IbAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime } userErrors { code } }\n  }\n": typeof types.IbAdvanceDocument,
    "\n  mutation IbDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n": typeof types.IbDesignDocument,
    "\n  mutation IbUpdateDesign($input: UpdateIssuingPersonalizationDesignInput!) {\n    updateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n": typeof types.IbUpdateDesignDocument,
    "\n  mutation IbActivateDesign($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code } }\n  }\n": typeof types.IbActivateDesignDocument,
    "\n  query IbDesigns($isDefault: Boolean) { issuingPersonalizationDesigns(first: 10, preferences: { isDefault: $isDefault }) { nodes { id preferences { isDefault } } } }\n": typeof types.IbDesignsDocument,
    "\n  mutation IsHolder($input: CreateIssuingCardholderInput!) {\n    createIssuingCardholder(input: $input) { issuingCardholder { id status requirements { disabledReason pastDue } } userErrors { code message field } }\n  }\n": typeof types.IsHolderDocument,
    "\n  mutation IsCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) {\n      issuingCard {\n        id type status brand last4 expYear cancellationReason replacementReason\n        financialAccount { id } cardholder { id } replacementFor { id } replacedBy { id }\n        shipping { status carrier eta service trackingNumber trackingUrl shippedAt deliveredAt }\n        spendingControls { spendingLimitsCurrency spendingLimits { amount interval } }\n        wallets { applePay { eligible ineligibleReason } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.IsCardDocument,
    "\n  mutation IsUpdateCard($input: UpdateIssuingCardInput!) {\n    updateIssuingCard(input: $input) { issuingCard { id status cancellationReason replacedBy { id } shipping { status } } userErrors { code message } }\n  }\n": typeof types.IsUpdateCardDocument,
    "\n  query IsGetCard($id: ID!) { issuingCard(id: $id) { id status cancellationReason replacedBy { id } shipping { status } } }\n": typeof types.IsGetCardDocument,
    "\n  mutation IsShip($input: TestHelpersShipIssuingCardInput!) {\n    testHelpersShipIssuingCard(input: $input) { issuingCard { id status shipping { status carrier trackingNumber trackingUrl shippedAt } } userErrors { code message } }\n  }\n": typeof types.IsShipDocument,
    "\n  mutation IsDeliver($input: TestHelpersDeliverIssuingCardInput!) {\n    testHelpersDeliverIssuingCard(input: $input) { issuingCard { id shipping { status deliveredAt } } userErrors { code message } }\n  }\n": typeof types.IsDeliverDocument,
    "\n  subscription IsCardUpdated($id: ID!) { issuingCardUpdated(id: $id) { id shipping { status } } }\n": typeof types.IsCardUpdatedDocument,
    "\n  mutation IsAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status approved amount\n        requestHistory { amount approved reason authorizationCode }\n        treasury { transaction { id status flowType balanceImpact { cash outboundPending } } }\n        fraudChallenges { channel status undeliverableReason }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.IsAuthorizeDocument,
    "\n  mutation IsIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount requestHistory { amount approved reason } } userErrors { code message }\n    }\n  }\n": typeof types.IsIncrementDocument,
    "\n  mutation IsCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status amount\n        transactions { id type amount card { id } treasury { receivedDebit { id amount network status linkedFlows { issuingTransaction { id } issuingAuthorization { id } } } } }\n        treasury { receivedDebits transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      }\n      userErrors { code message }\n    }\n  }\n": typeof types.IsCaptureDocument,
    "\n  mutation IsReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount treasury { transaction { id status balanceImpact { cash outboundPending } } } } userErrors { code message }\n    }\n  }\n": typeof types.IsReverseDocument,
    "\n  mutation IsRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount authorization { id transactions { id } treasury { receivedCredits } } treasury { receivedCredit { id amount status } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.IsRefundDocument,
    "\n  mutation IsForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id type amount authorization { id } treasury { receivedDebit { id } } } userErrors { code message } }\n  }\n": typeof types.IsForceDocument,
    "\n  mutation IsUnlinked($input: TestHelpersCreateUnlinkedRefundIssuingTransactionInput!) {\n    testHelpersCreateUnlinkedRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount treasury { receivedCredit { id network } } } userErrors { code message }\n    }\n  }\n": typeof types.IsUnlinkedDocument,
    "\n  query IsGraph($holder: ID!) {\n    issuingCardholder(id: $holder) {\n      cards(first: 10) { nodes { id authorizations(first: 10) { nodes { id status transactions { id type } } } transactions(first: 10) { nodes { id type } } } }\n    }\n  }\n": typeof types.IsGraphDocument,
    "\n  mutation IsDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount transaction { id dispute { id } } treasury { receivedDebit { id } debitReversal { id } } } userErrors { code message field } }\n  }\n": typeof types.IsDisputeDocument,
    "\n  mutation IsSubmit($input: SubmitIssuingDisputeInput!) {\n    submitIssuingDispute(input: $input) {\n      issuingDispute { id status treasury { debitReversal { id status amount linkedFlows { issuingDispute { id } } } } } userErrors { code message field }\n    }\n  }\n": typeof types.IsSubmitDocument,
    "\n  query IsGetDispute($id: ID!) { issuingDispute(id: $id) { id status lossReason treasury { debitReversal { id status } } } }\n": typeof types.IsGetDisputeDocument,
    "\n  mutation IsDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status physicalBundle { id features { cardLogo } } } userErrors { code message field } }\n  }\n": typeof types.IsDesignDocument,
    "\n  mutation IsActivate($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code message } }\n  }\n": typeof types.IsActivateDocument,
    "\n  mutation IsReject($input: TestHelpersRejectIssuingPersonalizationDesignInput!) {\n    testHelpersRejectIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status rejectionReasons { cardLogo carrierText } } userErrors { code message } }\n  }\n": typeof types.IsRejectDocument,
    "query IsBundles { issuingPhysicalBundles(first: 10, type: STANDARD) { nodes { id type status } } }": typeof types.IsBundlesDocument,
    "\n  mutation OrdersActivateTax {\n    updateTaxSettings(input: { headOffice: { address: { country: \"US\", state: \"CA\" } }, defaults: { taxCode: \"txcd_10000000\", taxBehavior: EXCLUSIVE } }) { userErrors { code } }\n    createTaxRegistration(input: { country: \"US\", countryOptions: { us: { state: \"CA\", type: STATE_SALES_TAX } }, activeFrom: \"now\" }) { userErrors { code } }\n  }\n": typeof types.OrdersActivateTaxDocument,
    "mutation OrdersProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }": typeof types.OrdersProductDocument,
    "mutation OrdersPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code message } } }": typeof types.OrdersPriceDocument,
    "mutation OrdersDefaultPrice($input: UpdateProductInput!) { updateProduct(input: $input) { product { id defaultPrice { id unitAmount } } userErrors { code } } }": typeof types.OrdersDefaultPriceDocument,
    "mutation CreateOrderT($input: CreateOrderInput!) { createOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } lineItems { nodes { id description quantity amountSubtotal amountTotal price { id unitAmount } } } } userErrors { code field message } } }": typeof types.CreateOrderTDocument,
    "mutation UpdateOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal } lineItems { nodes { description quantity amountSubtotal amountTax amountTotal } } } userErrors { code field message } } }": typeof types.UpdateOrderTDocument,
    "mutation SubmitOrderT($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status amountTotal payment { status paymentIntent { id status amount currency description } } } userErrors { code field message } } }": typeof types.SubmitOrderTDocument,
    "mutation ReopenOrderT($input: ReopenOrderInput!) { reopenOrder(input: $input) { order { id status payment { status } } userErrors { code message } } }": typeof types.ReopenOrderTDocument,
    "mutation CancelOrderT($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } userErrors { code message } } }": typeof types.CancelOrderTDocument,
    "query OrderT($id: ID!) { order(id: $id) { id status payment { status paymentIntent { id status amountReceived lastPaymentError { code } } } } }": typeof types.OrderTDocument,
    "query OrderIntentT($id: ID!) { paymentIntent(id: $id) { status cancellationReason } }": typeof types.OrderIntentTDocument,
    "query OrderIntentEventsT { events(types: [\"payment_intent.*\"], first: 50) { nodes { type } } }": typeof types.OrderIntentEventsTDocument,
    "mutation OrdersFeature($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id } userErrors { code } } }": typeof types.OrdersFeatureDocument,
    "mutation OrdersAttach($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id } userErrors { code field } } }": typeof types.OrdersAttachDocument,
    "query OrdersEntitled($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { lookupKey } } }": typeof types.OrdersEntitledDocument,
    "query OrdersSummaries { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }": typeof types.OrdersSummariesDocument,
    "subscription OrderUpdatedT($id: ID!) { orderUpdated(id: $id) { id status } }": typeof types.OrderUpdatedTDocument,
    "query OrderEventsT { events(types: [\"order.*\"], first: 50) { nodes { type data { object } } } }": typeof types.OrderEventsTDocument,
    "mutation OrdersCoupon($input: CreateCouponInput!) { createCoupon(input: $input) { coupon { id valid timesRedeemed } userErrors { code field } } }": typeof types.OrdersCouponDocument,
    "mutation OrdersPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id code promotion { type coupon { id } } } userErrors { code field } } }": typeof types.OrdersPromoDocument,
    "mutation OrdersRestrictedPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } userErrors { code field message } } }": typeof types.OrdersRestrictedPromoDocument,
    "mutation OrdersUpdatePromo($input: UpdatePromotionCodeInput!) { updatePromotionCode(input: $input) { promotionCode { id restrictions { currencyOptions { currency minimumAmount } } } userErrors { code field message } } }": typeof types.OrdersUpdatePromoDocument,
    "query OrdersPromoCount { promotionCodes(first: 100) { nodes { id } } }": typeof types.OrdersPromoCountDocument,
    "query OrdersPromoRestrictions($id: ID!) { promotionCode(id: $id) { restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } }": typeof types.OrdersPromoRestrictionsDocument,
    "query OrdersCount { orders(first: 100) { nodes { id } } }": typeof types.OrdersCountDocument,
    "mutation OrdersRate($input: CreateShippingRateInput!) { createShippingRate(input: $input) { shippingRate { id fixedAmount { amount currency } taxBehavior deliveryEstimate { minimum { unit value } } } userErrors { code field } } }": typeof types.OrdersRateDocument,
    "mutation OrdersCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }": typeof types.OrdersCustomerDocument,
    "mutation DiscountedOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id amountSubtotal amountTotal discounts totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal shippingRate { id displayName } }\n    lineItems { nodes { amountSubtotal amountDiscount amountTax amountTotal } } } userErrors { code field message } } }": typeof types.DiscountedOrderTDocument,
    "query OrdersRedeemed($c: ID!, $p: ID!) { coupon(id: $c) { timesRedeemed valid } promotionCode(id: $p) { timesRedeemed } }": typeof types.OrdersRedeemedDocument,
    "\n  mutation OrdersReaderClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": typeof types.OrdersReaderClockDocument,
    "\n  mutation OrdersReaderLocation($input: CreateTerminalLocationInput!) { createTerminalLocation(input: $input) { terminalLocation { id } userErrors { code } } }\n": typeof types.OrdersReaderLocationDocument,
    "\n  mutation OrdersReaderRegister($input: CreateTerminalReaderInput!) { createTerminalReader(input: $input) { terminalReader { id } userErrors { code } } }\n": typeof types.OrdersReaderRegisterDocument,
    "\n  mutation OrdersReaderProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { action { status } } userErrors { code message } }\n  }\n": typeof types.OrdersReaderProcessDocument,
    "\n  mutation OrdersReaderPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) { terminalReader { action { status failureCode } } userErrors { code message } }\n  }\n": typeof types.OrdersReaderPresentDocument,
    "\n  mutation OrdersForgedPi($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { paymentIntent { id } userErrors { code } } }\n": typeof types.OrdersForgedPiDocument,
    "\n  query OrderPaidT($id: ID!) { order(id: $id) { status payment { status paymentIntent { id status amountReceived paymentMethod { type } } } } }\n": typeof types.OrderPaidTDocument,
    "\n  mutation ReceiptObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id hostedRegulatoryReceiptUrl } userErrors { code message } }\n  }\n": typeof types.ReceiptObtDocument,
    "query ReceiptGet($id: ID!) { treasuryOutboundTransfer(id: $id) { hostedRegulatoryReceiptUrl } }": typeof types.ReceiptGetDocument,
    "query TaxSettingsNow { taxSettings { status statusDetails { pending { missingFields } } defaults { taxCode taxBehavior provider } headOffice { address { country state } } } }": typeof types.TaxSettingsNowDocument,
    "\n  mutation UpdateTaxSettingsT($input: UpdateTaxSettingsInput!) {\n    updateTaxSettings(input: $input) { taxSettings { status defaults { taxCode taxBehavior } } userErrors { code field message } }\n  }\n": typeof types.UpdateTaxSettingsTDocument,
    "\n  mutation CreateTaxRegistrationT($input: CreateTaxRegistrationInput!) {\n    createTaxRegistration(input: $input) { taxRegistration { id status country activeFrom expiresAt } userErrors { code field message } }\n  }\n": typeof types.CreateTaxRegistrationTDocument,
    "\n  mutation UpdateTaxRegistrationT($input: UpdateTaxRegistrationInput!) {\n    updateTaxRegistration(input: $input) { taxRegistration { id status expiresAt } userErrors { code field message } }\n  }\n": typeof types.UpdateTaxRegistrationTDocument,
    "query TaxRegistrationsT($status: TaxRegistrationListStatus) { taxRegistrations(status: $status, first: 20) { nodes { id country status } } }": typeof types.TaxRegistrationsTDocument,
    "\n  mutation CreateTaxCalculationT($input: CreateTaxCalculationInput!) {\n    createTaxCalculation(input: $input) {\n      taxCalculation {\n        id amountTotal taxAmountExclusive taxAmountInclusive expiresAt\n        taxBreakdown { amount inclusive taxableAmount taxabilityReason taxRateDetails { percentageDecimal country state taxType } }\n        lineItems { nodes { id amount amountTax reference taxBehavior taxCode taxBreakdown { amount taxableAmount taxabilityReason jurisdiction { country state displayName } } } }\n        shippingCost { amount amountTax }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateTaxCalculationTDocument,
    "\n  query TaxCalculationLevelsT($id: ID!) {\n    taxCalculation(id: $id) { lineItems { nodes { taxBreakdown { jurisdiction { level state } taxRateDetails { taxType } } } } }\n  }\n": typeof types.TaxCalculationLevelsTDocument,
    "\n  mutation CreateTaxTransactionT($input: CreateFromCalculationTaxTransactionInput!) {\n    createFromCalculationTaxTransaction(input: $input) {\n      taxTransaction { id type reference lineItems { nodes { id amount amountTax reference type } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.CreateTaxTransactionTDocument,
    "\n  mutation ReverseTaxTransactionT($input: CreateReversalTaxTransactionInput!) {\n    createReversalTaxTransaction(input: $input) {\n      taxTransaction { id type reversal { originalTransaction { id } } lineItems { nodes { amount amountTax reference type reversal { originalLineItem } } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ReverseTaxTransactionTDocument,
    "\n  query TaxCalculationLinesT($id: ID!, $after: String) {\n    taxCalculation(id: $id) { lineItems(first: 1, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.TaxCalculationLinesTDocument,
    "mutation TaxClockT($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }": typeof types.TaxClockTDocument,
    "mutation TaxAdvanceT($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }": typeof types.TaxAdvanceTDocument,
    "query TaxSettingsEvents { events(types: [\"tax.settings.updated\"], first: 5) { nodes { type } } }": typeof types.TaxSettingsEventsDocument,
    "\n  query ThwSkus($country: String!, $product: ID, $status: TerminalHardwareSkuStatus) {\n    terminalHardwareSkus(country: $country, product: $product, status: $status, first: 20) {\n      nodes { id amount currency country orderable status product { id type } }\n    }\n  }\n": typeof types.ThwSkusDocument,
    "\n  query ThwProducts($status: TerminalHardwareProductStatus) { terminalHardwareProducts(status: $status, first: 20) { nodes { id type status unavailableAfter } } }\n": typeof types.ThwProductsDocument,
    "\n  query ThwMethods($country: String!, $name: TerminalHardwareShippingMethodName) {\n    terminalHardwareShippingMethods(country: $country, name: $name, first: 20) { nodes { id name country status estimatedDeliveryWindow { minimumDate maximumDate } } }\n  }\n": typeof types.ThwMethodsDocument,
    "\n  mutation ThwCreate($input: CreateTerminalHardwareOrderInput!) {\n    createTerminalHardwareOrder(input: $input) {\n      terminalHardwareOrder {\n        id status amount currency tax paymentType poNumber updated\n        hardwareOrderItems { amount currency quantity terminalHardwareSku { id amount country currency product { id type } } }\n        shipping { amount currency name company email phone address { line1 city state postalCode country } }\n        shippingMethod { id name }\n        totalTaxAmounts { amount inclusive rate { displayName jurisdiction percentage } }\n        shipmentTracking { carrier trackingNumber }\n      }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ThwCreateDocument,
    "\n  mutation ThwCancel($input: CancelTerminalHardwareOrderInput!) {\n    cancelTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status updated } userErrors { code message } }\n  }\n": typeof types.ThwCancelDocument,
    "\n  mutation ThwReady($input: TestHelpersMarkReadyToShipTerminalHardwareOrderInput!) {\n    testHelpersMarkReadyToShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n": typeof types.ThwReadyDocument,
    "\n  mutation ThwShip($input: TestHelpersShipTerminalHardwareOrderInput!) {\n    testHelpersShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status shipmentTracking { carrier trackingNumber } } userErrors { code message } }\n  }\n": typeof types.ThwShipDocument,
    "\n  mutation ThwDeliver($input: TestHelpersDeliverTerminalHardwareOrderInput!) {\n    testHelpersDeliverTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n": typeof types.ThwDeliverDocument,
    "\n  mutation ThwUndeliverable($input: TestHelpersMarkUndeliverableTerminalHardwareOrderInput!) {\n    testHelpersMarkUndeliverableTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n": typeof types.ThwUndeliverableDocument,
    "query ThwOne($id: ID!) { terminalHardwareOrder(id: $id) { id status updated } }": typeof types.ThwOneDocument,
    "query ThwOrders($status: TerminalHardwareOrderStatus) { terminalHardwareOrders(status: $status, first: 50) { nodes { id status } } }": typeof types.ThwOrdersDocument,
    "subscription ThwUpdated($id: ID!) { terminalHardwareOrderUpdated(id: $id) { id status shipmentTracking { carrier } } }": typeof types.ThwUpdatedDocument,
    "subscription ThwEvents { events(types: [\"terminal.hardware_order.*\"]) { type data { object previousAttributes } } }": typeof types.ThwEventsDocument,
    "\n  mutation TmCreateLocation($input: CreateTerminalLocationInput!) {\n    createTerminalLocation(input: $input) { terminalLocation { id displayName address { country city } } userErrors { code field } }\n  }\n": typeof types.TmCreateLocationDocument,
    "\n  mutation TmDeleteLocation($input: DeleteTerminalLocationInput!) {\n    deleteTerminalLocation(input: $input) { deletedTerminalLocation { id deleted } userErrors { code } }\n  }\n": typeof types.TmDeleteLocationDocument,
    "\n  mutation TmUpdateLocation($input: UpdateTerminalLocationInput!) {\n    updateTerminalLocation(input: $input) { terminalLocation { id displayName configurationOverrides { id } } userErrors { code field } }\n  }\n": typeof types.TmUpdateLocationDocument,
    "\n  mutation TmCreateToken($input: CreateTerminalConnectionTokenInput!) {\n    createTerminalConnectionToken(input: $input) { terminalConnectionToken { secret location { id } } userErrors { code field } }\n  }\n": typeof types.TmCreateTokenDocument,
    "\n  mutation TmCreateConfig($input: CreateTerminalConfigurationInput!) {\n    createTerminalConfiguration(input: $input) { terminalConfiguration { id isAccountDefault name } userErrors { code } }\n  }\n": typeof types.TmCreateConfigDocument,
    "\n  mutation TmDeleteConfig($input: DeleteTerminalConfigurationInput!) {\n    deleteTerminalConfiguration(input: $input) { deletedTerminalConfiguration { id } userErrors { code } }\n  }\n": typeof types.TmDeleteConfigDocument,
    "\n  query TmConfigs($def: Boolean) { terminalConfigurations(isAccountDefault: $def) { nodes { id isAccountDefault } } }\n": typeof types.TmConfigsDocument,
    "\n  mutation TmRegister($input: CreateTerminalReaderInput!) {\n    createTerminalReader(input: $input) { terminalReader { id deviceType status label serialNumber location { id } action { type } } userErrors { code field } }\n  }\n": typeof types.TmRegisterDocument,
    "\n  mutation TmProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code message } }\n  }\n": typeof types.TmProcessDocument,
    "\n  mutation TmProcessSetup($input: ProcessSetupIntentTerminalReaderInput!) {\n    processSetupIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n": typeof types.TmProcessSetupDocument,
    "\n  mutation TmRefund($input: RefundPaymentTerminalReaderInput!) {\n    refundPaymentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n": typeof types.TmRefundDocument,
    "\n  mutation TmDisplay($input: SetReaderDisplayTerminalReaderInput!) {\n    setReaderDisplayTerminalReader(input: $input) {\n      terminalReader { action { type status setReaderDisplay { cart { total lineItems { description } } } } } userErrors { code }\n    }\n  }\n": typeof types.TmDisplayDocument,
    "\n  mutation TmCollectInputs($input: CollectInputsTerminalReaderInput!) {\n    collectInputsTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n": typeof types.TmCollectInputsDocument,
    "\n  mutation TmCancel($input: CancelActionTerminalReaderInput!) {\n    cancelActionTerminalReader(input: $input) { terminalReader { action { type status failureCode } } userErrors { code } }\n  }\n": typeof types.TmCancelDocument,
    "\n  mutation TmPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) {\n      terminalReader { id action { type status failureCode failureMessage processSetupIntent { generatedCard } refundPayment { refund { id amount status } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.TmPresentDocument,
    "\n  mutation TmSucceedInputs($input: TestHelpersSucceedInputCollectionTerminalReaderInput!) {\n    testHelpersSucceedInputCollectionTerminalReader(input: $input) {\n      terminalReader { action { status collectInputs { inputs { type skipped email { value } numeric { value } } } } } userErrors { code }\n    }\n  }\n": typeof types.TmSucceedInputsDocument,
    "\n  mutation TmCollect($input: CollectPaymentMethodTerminalReaderInput!) {\n    collectPaymentMethodTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n": typeof types.TmCollectDocument,
    "\n  mutation TmConfirm($input: ConfirmPaymentIntentTerminalReaderInput!) {\n    confirmPaymentIntentTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n": typeof types.TmConfirmDocument,
    "\n  mutation TmCapture($input: CapturePaymentIntentInput!) {\n    capturePaymentIntent(input: $input) { paymentIntent { status amountReceived amountCapturable } userErrors { code } }\n  }\n": typeof types.TmCaptureDocument,
    "\n  mutation TmCreatePi($input: CreatePaymentIntentInput!) {\n    createPaymentIntent(input: $input) { paymentIntent { id status amount } userErrors { code field } }\n  }\n": typeof types.TmCreatePiDocument,
    "\n  query TmGetPi($id: ID!) {\n    paymentIntent(id: $id) {\n      id status amount amountReceived amountCapturable\n      paymentMethod { id type cardPresent { brand last4 readMethod } }\n      lastPaymentError { code declineCode type }\n    }\n    refunds(paymentIntent: $id) { nodes { id amount status } }\n  }\n": typeof types.TmGetPiDocument,
    "\n  mutation TmCreateSi($input: CreateSetupIntentInput!) { createSetupIntent(input: $input) { setupIntent { id status } userErrors { code } } }\n": typeof types.TmCreateSiDocument,
    "query TmGetSi($id: ID!) { setupIntent(id: $id) { status paymentMethod { type cardPresent { last4 } } } }": typeof types.TmGetSiDocument,
    "query TmEvents($types: [String!]) { events(types: $types, first: 20) { nodes { type data { object } } } }": typeof types.TmEventsDocument,
    "subscription TmUpdated($id: ID!) { terminalReaderUpdated(id: $id) { id action { type status } } }": typeof types.TmUpdatedDocument,
    "\n  mutation ClockCreate($input: CreateTestHelpersTestClockInput!) {\n    createTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime name livemode } userErrors { code field } }\n  }\n": typeof types.ClockCreateDocument,
    "\n  mutation ClockAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime statusDetails { advancing { targetFrozenTime } } } userErrors { code field } }\n  }\n": typeof types.ClockAdvanceDocument,
    "\n  mutation ClockDelete($input: DeleteTestHelpersTestClockInput!) {\n    deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id deleted } userErrors { code field } }\n  }\n": typeof types.ClockDeleteDocument,
    "query ClockList { testHelpersTestClocks(first: 10) { nodes { id status frozenTime } } }": typeof types.ClockListDocument,
    "query ClockGet($id: ID!) { testHelpersTestClock(id: $id) { id created deletesAfter } }": typeof types.ClockGetDocument,
    "query ClockDeletedEvents { events(first: 20, type: \"test_helpers.test_clock.deleted\") { nodes { type request { id } data { object } } } }": typeof types.ClockDeletedEventsDocument,
    "\n  mutation ClockCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id created expectedArrivalDate } userErrors { code } }\n  }\n": typeof types.ClockCreateObtDocument,
    "\n  mutation ClockCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id created } userErrors { code } }\n  }\n": typeof types.ClockCreateIbtDocument,
    "query ClockObt($id: ID!) { treasuryOutboundTransfer(id: $id) { status statusTransitions { postedAt } } }": typeof types.ClockObtDocument,
    "query ClockIbt($id: ID!) { treasuryInboundTransfer(id: $id) { status statusTransitions { succeededAt } } }": typeof types.ClockIbtDocument,
    "query ClockEvents { events(first: 100) { nodes { id type created data { object } } } }": typeof types.ClockEventsDocument,
    "\n  subscription ClockBalance($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount } outboundPending { amount } } }\n": typeof types.ClockBalanceDocument,
    "subscription ClockEventStream { events(types: [\"treasury.*\"]) { type created data { object } } }": typeof types.ClockEventStreamDocument,
    "\n  mutation CrCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code message } }\n  }\n": typeof types.CrCreditDocument,
    "\n  mutation CrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status } userErrors { code message } }\n  }\n": typeof types.CrDebitDocument,
    "\n  mutation CrCreate($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        receivedCredit { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { postedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryCreditReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.CrCreateDocument,
    "\n  query CrGetRc($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason } linkedFlows { creditReversal { id status } } }\n  }\n": typeof types.CrGetRcDocument,
    "\n  query CrList($fa: ID!, $receivedCredit: ID, $status: TreasuryCreditReversalStatus) {\n    treasuryCreditReversals(financialAccount: $fa, receivedCredit: $receivedCredit, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { creditReversals(first: 100) { nodes { id } } }\n  }\n": typeof types.CrListDocument,
    "\n  query CrSenderCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, linkedFlows: { sourceFlowType: CREDIT_REVERSAL }) {\n      nodes { id status amount network\n        initiatingPaymentMethodDetails { type financialAccount { id network } }\n        linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryCreditReversal { id } } sourceFlowDetails { type creditReversal { id } } }\n        reversalDetails { restrictedReason } }\n    }\n  }\n": typeof types.CrSenderCreditsDocument,
    "\n  mutation CrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.CrUpdateFaDocument,
    "\n  mutation CrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": typeof types.CrClockCreateDocument,
    "\n  mutation CrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n": typeof types.CrClockAdvanceDocument,
    "\n  mutation CrClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n": typeof types.CrClockDeleteDocument,
    "\n  query CrRcList($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa) { nodes { id reversalDetails { deadline restrictedReason } } }\n    treasuryFinancialAccount(id: $fa) { receivedCredits { nodes { id reversalDetails { restrictedReason } } } }\n  }\n": typeof types.CrRcListDocument,
    "\n  query CrGet($id: ID!) {\n    treasuryCreditReversal(id: $id) {\n      id status statusTransitions { postedAt }\n      transaction { status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n    }\n  }\n": typeof types.CrGetDocument,
    "subscription CrEvents { events(types: [\"treasury.credit_reversal.*\"]) { type created request { id } data { object previousAttributes } } }": typeof types.CrEventsDocument,
    "subscription CrRcUpdated($id: ID!) { treasuryReceivedCreditUpdated(id: $id) { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } } }": typeof types.CrRcUpdatedDocument,
    "\n  mutation DrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status reversalDetails { deadline } } userErrors { code message } }\n  }\n": typeof types.DrDebitDocument,
    "\n  mutation DrCreate($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        linkedFlows { issuingDispute { id } }\n        receivedDebit { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { completedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryDebitReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.DrCreateDocument,
    "query DrGetRd($id: ID!) { treasuryReceivedDebit(id: $id) { id linkedFlows { debitReversal { id status } } reversalDetails { deadline restrictedReason } } }": typeof types.DrGetRdDocument,
    "\n  query DrList($fa: ID!, $receivedDebit: ID, $resolution: TreasuryDebitReversalListResolution, $status: TreasuryDebitReversalListStatus) {\n    treasuryDebitReversals(financialAccount: $fa, receivedDebit: $receivedDebit, resolution: $resolution, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { debitReversals(first: 100) { nodes { id } } }\n  }\n": typeof types.DrListDocument,
    "query DrGet($id: ID!) { treasuryDebitReversal(id: $id) { id status } node(id: $id) { __typename id } }": typeof types.DrGetDocument,
    "\n  query DrRead($id: ID!) {\n    treasuryDebitReversal(id: $id) {\n      id status statusTransitions { completedAt }\n      transaction { id status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type balanceImpact { cash } } } }\n    }\n  }\n": typeof types.DrReadDocument,
    "\n  query DrTypeInfo($name: String!) { __type(name: $name) { fields { name } enumValues { name } } }\n": typeof types.DrTypeInfoDocument,
    "\n  mutation DrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.DrUpdateFaDocument,
    "\n  mutation DrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": typeof types.DrClockCreateDocument,
    "\n  mutation DrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n": typeof types.DrClockAdvanceDocument,
    "query DrEvents { events(first: 100, type: \"treasury.debit_reversal.*\") { nodes { type data { object previousAttributes } } } }": typeof types.DrEventsDocument,
    "subscription DrRdUpdated($id: ID!) { treasuryReceivedDebitUpdated(id: $id) { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } } }": typeof types.DrRdUpdatedDocument,
    "\n  mutation CreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures\n        balance { cash { amount currency } outboundPending { amount currency } inboundPending { amount currency } }\n        features { outboundTransfers { ach { requested status statusDetails { code resolution restriction } } } financialAddresses { aba { status } } }\n        financialAddresses { type supportedNetworks aba { routingNumber accountNumberLast4 bankName } }\n        platformRestrictions { inboundFlows outboundFlows } statusDetails { closed { reasons } } supportedCurrencies livemode country }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.CreateFaDocument,
    "\n  query GetFa($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures statusDetails { closed { reasons } } }\n  }\n": typeof types.GetFaDocument,
    "\n  mutation UpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata activeFeatures restrictedFeatures\n        features { outboundTransfers { ach { status statusDetails { code restriction resolution } } } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateFaDocument,
    "\n  mutation UpdateFaFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } outboundTransfers { ach { requested status statusDetails { code } } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateFaFeaturesDocument,
    "\n  query GetFaFeatures($id: ID!) { treasuryFinancialAccountFeatures(financialAccount: $id) { cardIssuing { requested status } } }\n": typeof types.GetFaFeaturesDocument,
    "\n  mutation CloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status statusDetails { closed { reasons } } restrictedFeatures activeFeatures }\n      userErrors { code message field }\n    }\n  }\n": typeof types.CloseFaDocument,
    "\n  mutation FaClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code message } } }\n": typeof types.FaClockDocument,
    "\n  mutation FaClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status } userErrors { code message } } }\n": typeof types.FaClockAdvanceDocument,
    "\n  query ListFa($first: Int, $after: String, $last: Int, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, after: $after, last: $last, before: $before, status: $status) {\n      edges { cursor node { id } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.ListFaDocument,
    "\n  query FaEvents($types: [String!]) { events(types: $types, first: 100) { nodes { id type data { object previousAttributes } request { id idempotencyKey } } } }\n": typeof types.FaEventsDocument,
    "\n  subscription FaUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id status nickname activeFeatures } }\n": typeof types.FaUpdatedDocument,
    "\n  subscription FaEventStream($types: [String!]) { events(types: $types) { id type data { object } } }\n": typeof types.FaEventStreamDocument,
    "\n  mutation IbtCreate($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status amount currency cancelable statementDescriptor description metadata returned hostedRegulatoryReceiptUrl\n        failureDetails { code } linkedFlows { receivedDebit { id } }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } }\n        statusTransitions { canceledAt failedAt succeededAt }\n        originPaymentMethod { id }\n        originPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName accountHolderType } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.IbtCreateDocument,
    "\n  mutation IbtSucceed($input: TestHelpersSucceedTreasuryInboundTransferInput!) {\n    testHelpersSucceedTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable returned statusTransitions { succeededAt failedAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryInboundTransfer { id } }\n          entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.IbtSucceedDocument,
    "\n  mutation IbtFail($input: TestHelpersFailTreasuryInboundTransferInput!) {\n    testHelpersFailTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { failedAt succeededAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.IbtFailDocument,
    "\n  mutation IbtCancel($input: CancelTreasuryInboundTransferInput!) {\n    cancelTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { canceledAt failedAt succeededAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.IbtCancelDocument,
    "\n  mutation IbtReturn($input: TestHelpersReturnTreasuryInboundTransferInput!) {\n    testHelpersReturnTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status returned cancelable failureDetails { code } transaction { id status }\n        linkedFlows { receivedDebit { id status amount network failureCode financialAccount { id } linkedFlows { inboundTransfer { id returned } }\n          initiatingPaymentMethodDetails { type usBankAccount { last4 routingNumber } }\n          transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.IbtReturnDocument,
    "\n  query IbtFaTransactions($id: ID!) {\n    treasuryFinancialAccount(id: $id) {\n      transactions(first: 20) { nodes { id status amount flowType description balanceImpact { cash inboundPending outboundPending }\n        flow { __typename ... on TreasuryInboundTransfer { id returned } }\n        entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    }\n  }\n": typeof types.IbtFaTransactionsDocument,
    "\n  query IbtList($fa: ID!, $status: TreasuryInboundTransferStatus) {\n    treasuryInboundTransfers(financialAccount: $fa, status: $status, first: 100) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { inboundTransfers(first: 100) { nodes { id } } }\n  }\n": typeof types.IbtListDocument,
    "\n  query IbtGet($id: ID!) {\n    treasuryInboundTransfer(id: $id) { id status financialAccount { id } }\n    node(id: $id) { __typename id }\n  }\n": typeof types.IbtGetDocument,
    "query IbtEvents { events(first: 100, type: \"treasury.inbound_transfer.*\") { nodes { type data { object previousAttributes } } } }": typeof types.IbtEventsDocument,
    "subscription IbtEventStream($types: [String!]) { events(types: $types) { type data { object } } }": typeof types.IbtEventStreamDocument,
    "subscription IbtUpdated($id: ID!) { treasuryInboundTransferUpdated(id: $id) { id status returned linkedFlows { receivedDebit { id } } transaction { id } } }": typeof types.IbtUpdatedDocument,
    "\n  mutation IbtNewFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.IbtNewFaDocument,
    "\n  mutation IbtCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message field } }\n  }\n": typeof types.IbtCloseFaDocument,
    "\n  mutation IbtObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code message } }\n  }\n": typeof types.IbtObtCreateDocument,
    "\n  fragment ObpFields on TreasuryOutboundPayment {\n    id status amount currency cancelable statementDescriptor expectedArrivalDate created metadata\n    customer { id }\n    financialAccount { id }\n    destinationPaymentMethod { id customer { id } usBankAccount { last4 routingNumber } }\n    destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } financialAccount { id network } billingDetails { name } }\n    endUserDetails { present ipAddress }\n    statusTransitions { postedAt failedAt canceledAt returnedAt }\n    returnedDetails { code transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    trackingDetails { type ach { traceId } usDomesticWire { imad } }\n    transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt }\n      flow { __typename ... on TreasuryOutboundPayment { id } }\n      entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n  }\n": typeof types.ObpFieldsFragmentDoc,
    "\n  mutation ObpCreate($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code type message field } }\n  }\n": typeof types.ObpCreateDocument,
    "\n  mutation ObpPost($input: TestHelpersPostTreasuryOutboundPaymentInput!) {\n    testHelpersPostTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": typeof types.ObpPostDocument,
    "\n  mutation ObpFail($input: TestHelpersFailTreasuryOutboundPaymentInput!) {\n    testHelpersFailTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": typeof types.ObpFailDocument,
    "\n  mutation ObpCancel($input: CancelTreasuryOutboundPaymentInput!) {\n    cancelTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": typeof types.ObpCancelDocument,
    "\n  mutation ObpReturn($input: TestHelpersReturnTreasuryOutboundPaymentInput!) {\n    testHelpersReturnTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": typeof types.ObpReturnDocument,
    "\n  mutation ObpTrack($input: TestHelpersUpdateTreasuryOutboundPaymentInput!) {\n    testHelpersUpdateTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": typeof types.ObpTrackDocument,
    "\n  query ObpRetrieve($id: ID!) {\n    treasuryOutboundPayment(id: $id) { ...ObpFields }\n    node(id: $id) { __typename id }\n  }\n": typeof types.ObpRetrieveDocument,
    "\n  query ObpList($fa: ID!, $customer: ID, $status: TreasuryOutboundPaymentStatus, $created: DateTimeRange) {\n    treasuryOutboundPayments(financialAccount: $fa, customer: $customer, status: $status, created: $created, first: 10) { nodes { id status } pageInfo { hasNextPage } }\n    treasuryFinancialAccount(id: $fa) { outboundPayments(customer: $customer, status: $status, first: 10) { nodes { id } } }\n  }\n": typeof types.ObpListDocument,
    "\n  mutation ObpCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n": typeof types.ObpCustomerDocument,
    "\n  query ObpReceiverCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) { nodes { status amount network\n      initiatingPaymentMethodDetails { type financialAccount { id network } }\n      linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryOutboundPayment { id } } }\n      transaction { status balanceImpact { cash inboundPending outboundPending } } } }\n  }\n": typeof types.ObpReceiverCreditsDocument,
    "query ObpEvents { events(first: 100, type: \"treasury.outbound_payment.*\") { nodes { type data { object } } } }": typeof types.ObpEventsDocument,
    "query ObpReceipt($id: ID!) { treasuryOutboundPayment(id: $id) { hostedRegulatoryReceiptUrl transaction { description } } }": typeof types.ObpReceiptDocument,
    "query ObpEventsJson { events(first: 100, type: \"treasury.outbound_payment.created\") { nodes { type data { object } } } }": typeof types.ObpEventsJsonDocument,
    "\n  mutation ObpClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": typeof types.ObpClockCreateDocument,
    "\n  mutation ObpClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n": typeof types.ObpClockAdvanceDocument,
    "\n  mutation ObpClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n": typeof types.ObpClockDeleteDocument,
    "subscription ObpUpdated($id: ID!) { treasuryOutboundPaymentUpdated(id: $id) { id status cancelable statusTransitions { postedAt returnedAt } } }": typeof types.ObpUpdatedDocument,
    "subscription ObpEventStream($types: [String!]) { events(types: $types) { type data { object } } }": typeof types.ObpEventStreamDocument,
    "\n  mutation ObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status amount currency cancelable statementDescriptor expectedArrivalDate\n        statusTransitions { postedAt failedAt canceledAt returnedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 10) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n        destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.ObtCreateDocument,
    "\n  mutation ObtPost($input: TestHelpersPostTreasuryOutboundTransferInput!) {\n    testHelpersPostTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt } transaction { status statusTransitions { postedAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.ObtPostDocument,
    "\n  mutation ObtFail($input: TestHelpersFailTreasuryOutboundTransferInput!) {\n    testHelpersFailTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { failedAt } transaction { status statusTransitions { voidAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.ObtFailDocument,
    "\n  mutation ObtCancel($input: CancelTreasuryOutboundTransferInput!) {\n    cancelTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { canceledAt } transaction { status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.ObtCancelDocument,
    "\n  mutation ObtReturn($input: TestHelpersReturnTreasuryOutboundTransferInput!) {\n    testHelpersReturnTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { postedAt returnedAt }\n        returnedDetails { code transaction { id status amount flowType balanceImpact { cash outboundPending } entries(first: 5) { nodes { type } } } }\n        transaction { status } }\n      userErrors { code message }\n    }\n  }\n": typeof types.ObtReturnDocument,
    "\n  mutation ObtTrack($input: TestHelpersUpdateTreasuryOutboundTransferInput!) {\n    testHelpersUpdateTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id trackingDetails { type ach { traceId } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ObtTrackDocument,
    "\n  mutation ObtCreateFull($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt failedAt }\n        transaction { description status balanceImpact { cash outboundPending } }\n        destinationPaymentMethodDetails { type financialAccount { id network } billingDetails { name address { line1 city postalCode country } } usBankAccount { network } } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.ObtCreateFullDocument,
    "query ObtReceived($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa) { nodes { id amount status network } } }": typeof types.ObtReceivedDocument,
    "query ObtEvents { events(first: 100, type: \"treasury.outbound_transfer.*\") { nodes { type data { object } } } }": typeof types.ObtEventsDocument,
    "subscription ObtUpdated($id: ID!) { treasuryOutboundTransferUpdated(id: $id) { id status statusTransitions { postedAt returnedAt } } }": typeof types.ObtUpdatedDocument,
    "query ObtCancelable($id: ID!) { treasuryOutboundTransfer(id: $id) { id status cancelable created } }": typeof types.ObtCancelableDocument,
    "\n  mutation ObtClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": typeof types.ObtClockCreateDocument,
    "\n  mutation ObtClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }\n": typeof types.ObtClockAdvanceDocument,
    "\n  mutation RcCreate($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit {\n        id object status failureCode amount currency description network livemode\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name email address { line1 } } usBankAccount { bankName last4 routingNumber } financialAccount { id network } }\n        linkedFlows { creditReversal { id } issuingAuthorization { id } issuingTransaction { id } sourceFlowType sourceFlow { __typename } sourceFlowDetails { type } }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryReceivedCredit { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.RcCreateDocument,
    "\n  query RcRead($id: ID!) {\n    treasuryReceivedCredit(id: $id) {\n      id status failureCode network initiatingPaymentMethodDetails { type usBankAccount { last4 } }\n      reversalDetails { deadline restrictedReason } transaction { id entries(first: 5) { nodes { type } } }\n    }\n  }\n": typeof types.RcReadDocument,
    "\n  query RcGet($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason }\n      linkedFlows { sourceFlowType sourceFlow { __typename } sourceFlowDetails { type creditReversal { id } outboundPayment { id } outboundTransfer { id } payout } } }\n    node(id: $id) { __typename id }\n  }\n": typeof types.RcGetDocument,
    "\n  query RcList($fa: ID!, $status: TreasuryReceivedCreditStatus, $linkedFlows: TreasuryReceivedCreditListLinkedFlowsInput, $first: Int, $after: String) {\n    treasuryReceivedCredits(financialAccount: $fa, status: $status, linkedFlows: $linkedFlows, first: $first, after: $after) {\n      nodes { id status } pageInfo { hasNextPage endCursor }\n    }\n    treasuryFinancialAccount(id: $fa) { receivedCredits(first: 100) { nodes { id } } }\n  }\n": typeof types.RcListDocument,
    "\n  mutation RcUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.RcUpdateFaDocument,
    "\n  mutation RcCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n": typeof types.RcCloseFaDocument,
    "query RcNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }": typeof types.RcNetworkEnumDocument,
    "\n  query RcTypeFields($name: String!) {\n    __type(name: $name) { fields { name type { kind name ofType { kind name } } } }\n  }\n": typeof types.RcTypeFieldsDocument,
    "\n  query RcReadDetails($id: ID!) {\n    treasuryReceivedCredit(id: $id) { initiatingPaymentMethodDetails { type balance financialAccount { id network } billingDetails { name } } }\n  }\n": typeof types.RcReadDetailsDocument,
    "query RcEvents { events(first: 100, type: \"treasury.received_credit.*\") { nodes { type data { object } } } }": typeof types.RcEventsDocument,
    "\n  mutation RdCreate($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) {\n      treasuryReceivedDebit {\n        id object status failureCode amount currency description network\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name } usBankAccount { bankName last4 routingNumber } }\n        linkedFlows { debitReversal { id } inboundTransfer { id } issuingAuthorization { id } issuingTransaction { id } payout topup }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryReceivedDebit { id } }\n          entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.RdCreateDocument,
    "\n  query RdGet($id: ID!) {\n    treasuryReceivedDebit(id: $id) {\n      id status failureCode network transaction { id } initiatingPaymentMethodDetails { type }\n      reversalDetails { deadline restrictedReason } linkedFlows { inboundTransfer { id } }\n    }\n    node(id: $id) { __typename id }\n  }\n": typeof types.RdGetDocument,
    "\n  query RdList($fa: ID!, $status: TreasuryReceivedDebitStatus) {\n    treasuryReceivedDebits(financialAccount: $fa, status: $status) { nodes { id status failureCode } }\n    treasuryFinancialAccount(id: $fa) { receivedDebits(first: 100) { nodes { id } } }\n  }\n": typeof types.RdListDocument,
    "\n  mutation RdUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.RdUpdateFaDocument,
    "\n  mutation RdCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n": typeof types.RdCloseFaDocument,
    "query RdNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }": typeof types.RdNetworkEnumDocument,
    "\n  mutation MagicCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status expectedArrivalDate } userErrors { code field } }\n  }\n": typeof types.MagicCreateObtDocument,
    "\n  mutation MagicCreateObp($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status expectedArrivalDate } userErrors { code field } }\n  }\n": typeof types.MagicCreateObpDocument,
    "\n  mutation MagicCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code field } }\n  }\n": typeof types.MagicCreateIbtDocument,
    "\n  query MagicObt($id: ID!) {\n    treasuryOutboundTransfer(id: $id) { status transaction { status } returnedDetails { code transaction { status amount } } }\n  }\n": typeof types.MagicObtDocument,
    "\n  query MagicIbt($id: ID!) {\n    treasuryInboundTransfer(id: $id) { status returned failureDetails { code } transaction { status amount } linkedFlows { receivedDebit { id amount status } } }\n  }\n": typeof types.MagicIbtDocument,
    "query MagicPm($id: ID!) { paymentMethod(id: $id) { id livemode usBankAccount { last4 routingNumber bankName } } }": typeof types.MagicPmDocument,
    "subscription MagicEvents($types: [String!]) { events(types: $types) { id type request { id } data { object } } }": typeof types.MagicEventsDocument,
    "\n  mutation BadCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n": typeof types.BadCreateDocument,
    "\n  mutation BadUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n": typeof types.BadUpdateDocument,
    "\n  mutation BadUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type message field } }\n  }\n": typeof types.BadUpdateFeaturesDocument,
    "\n  mutation BadClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code type message field } }\n  }\n": typeof types.BadCloseDocument,
    "\n  query BadRetrieve($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id }\n    treasuryFinancialAccountFeatures(financialAccount: $id) { object }\n    node(id: $id) { id }\n  }\n": typeof types.BadRetrieveDocument,
    "\n  query BadListFas($first: Int, $last: Int, $after: String, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, last: $last, after: $after, before: $before, status: $status) { nodes { id } pageInfo { endCursor } }\n  }\n": typeof types.BadListFasDocument,
    "\n  query BadListEvents($first: Int, $after: String, $type: String, $types: [String!]) {\n    events(first: $first, after: $after, type: $type, types: $types) { nodes { id } pageInfo { endCursor } }\n  }\n": typeof types.BadListEventsDocument,
    "\n  query BadNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": typeof types.BadNodesDocument,
    "\n  subscription BadUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id } }\n": typeof types.BadUpdatedDocument,
    "\n  query BadLatestEvent { events(first: 1) { nodes { id } } }\n": typeof types.BadLatestEventDocument,
    "subscription BadEventTypes($types: [String!]) { events(types: $types) { id } }": typeof types.BadEventTypesDocument,
    "\n  mutation ResumeCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n": typeof types.ResumeCreateDocument,
    "\n  mutation ResumeUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code message field } }\n  }\n": typeof types.ResumeUpdateFeaturesDocument,
    "\n  mutation ResumeClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n": typeof types.ResumeCloseDocument,
    "\n  subscription ResumeStream($types: [String!], $after: ID) { events(types: $types, after: $after) { id type data { object } } }\n": typeof types.ResumeStreamDocument,
    "\n  mutation IdemCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata status created livemode }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.IdemCreateDocument,
    "\n  mutation IdemUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname metadata } userErrors { code type message field } }\n  }\n": typeof types.IdemUpdateDocument,
    "\n  mutation IdemUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } }\n      userErrors { code type message field }\n    }\n  }\n": typeof types.IdemUpdateFeaturesDocument,
    "\n  mutation IdemClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type message field } }\n  }\n": typeof types.IdemCloseDocument,
    "\n  query IdemEvents { events(first: 100) { nodes { id type data { object } request { id idempotencyKey } } } }\n": typeof types.IdemEventsDocument,
    "\n  mutation LedgerObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code } }\n  }\n": typeof types.LedgerObtCreateDocument,
    "mutation LedgerObtPost($id: ID!) { testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": typeof types.LedgerObtPostDocument,
    "mutation LedgerObtFail($id: ID!) { testHelpersFailTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": typeof types.LedgerObtFailDocument,
    "mutation LedgerObtCancel($id: ID!) { cancelTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": typeof types.LedgerObtCancelDocument,
    "mutation LedgerObtReturn($id: ID!) { testHelpersReturnTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": typeof types.LedgerObtReturnDocument,
    "\n  mutation LedgerRc($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code } }\n  }\n": typeof types.LedgerRcDocument,
    "\n  mutation LedgerRd($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status failureCode } userErrors { code } }\n  }\n": typeof types.LedgerRdDocument,
    "\n  mutation LedgerPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status } userErrors { code } }\n  }\n": typeof types.LedgerPayDocument,
    "query LedgerCredits($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa, first: 1) { nodes { id amount status } } }": typeof types.LedgerCreditsDocument,
    "\n  mutation LedgerCr($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) { treasuryCreditReversal { id status } userErrors { code } }\n  }\n": typeof types.LedgerCrDocument,
    "\n  mutation LedgerDr($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) { treasuryDebitReversal { id status } userErrors { code } }\n  }\n": typeof types.LedgerDrDocument,
    "\n  mutation LedgerIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n": typeof types.LedgerIbtDocument,
    "mutation LedgerIbtSucceed($id: ID!) { testHelpersSucceedTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { status } userErrors { code } } }": typeof types.LedgerIbtSucceedDocument,
    "mutation LedgerIbtReturn($id: ID!) { testHelpersReturnTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { returned } userErrors { code } } }": typeof types.LedgerIbtReturnDocument,
    "\n  query DeepFlowPage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      nodes {\n        id status amount\n        financialAccount { id status balance { cash { amount } } }\n        transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { id type balanceImpact { cash outboundPending } } } }\n      }\n    }\n  }\n": typeof types.DeepFlowPageDocument,
    "\n  query DeepFlowWidePage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WideObt } }\n    }\n  }\n  fragment WideObt on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n": typeof types.DeepFlowWidePageDocument,
    "\n  query DeepFlowWideNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on TreasuryOutboundTransfer { ...WideObtByLoaders } }\n  }\n  fragment WideObtByLoaders on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n": typeof types.DeepFlowWideNodesDocument,
    "\n  query DeepFlowTree($fa: ID!) {\n    treasuryFinancialAccount(id: $fa) {\n      id\n      outboundTransfers(first: 5) { nodes { id amount transaction { id entries(first: 3) { nodes { id type } } } } }\n      recent: transactions(first: 3) { edges { node { id flowType entries { nodes { id } } } } }\n    }\n  }\n": typeof types.DeepFlowTreeDocument,
    "\n  query DeepFlowPostedOrder($fa: ID!, $after: String) {\n    treasuryTransactions(financialAccount: $fa, status: POSTED, orderBy: POSTED_AT, first: 3, after: $after) {\n      edges { cursor node { id statusTransitions { postedAt } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DeepFlowPostedOrderDocument,
    "\n  mutation SqlCountFaNickname($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": typeof types.SqlCountFaNicknameDocument,
    "\n  mutation SqlCountObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code } }\n  }\n": typeof types.SqlCountObtDocument,
    "\n  mutation SqlCountObtPost($id: ID!) {\n    testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } }\n  }\n": typeof types.SqlCountObtPostDocument,
    "\n  mutation MultiCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n": typeof types.MultiCreateDocument,
    "\n  mutation MultiUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n": typeof types.MultiUpdateDocument,
    "\n  subscription MultiUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n": typeof types.MultiUpdatedDocument,
    "\n  subscription MultiStream($after: ID) { events(after: $after) { id type data { object } } }\n": typeof types.MultiStreamDocument,
    "\n  query MultiLatest { events(first: 1) { nodes { id } } }\n": typeof types.MultiLatestDocument,
    "\n  mutation PreparedObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status amount financialAccount { balance { cash { amount } } } } userErrors { code } }\n  }\n": typeof types.PreparedObtCreateDocument,
    "\n  mutation RateLimitCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n": typeof types.RateLimitCustomerDocument,
    "\n  query RateLimitAccounts { treasuryFinancialAccounts(first: 1) { nodes { id } } }\n": typeof types.RateLimitAccountsDocument,
    "\n  mutation TmRestartFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": typeof types.TmRestartFaDocument,
    "\n  mutation TmRestartIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n": typeof types.TmRestartIbtDocument,
    "\n  query TmRestartState($fa: ID!) {\n    treasuryInboundTransfers(financialAccount: $fa, first: 50) { nodes { id status returned } }\n    treasuryFinancialAccount(id: $fa) { balance { cash { amount } } }\n    events(first: 100) { nodes { type data { object } } }\n  }\n": typeof types.TmRestartStateDocument,
    "\n  mutation WhRestartCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret } userErrors { code message } }\n  }\n": typeof types.WhRestartCreateEndpointDocument,
    "\n  mutation WhRestartCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": typeof types.WhRestartCreateFaDocument,
    "\n  query WhRestartPending { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n": typeof types.WhRestartPendingDocument,
    "\n  query WhRestartAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus error event { id } } } } }\n": typeof types.WhRestartAttemptsDocument,
    "\n  query WhRestartEndpoints { webhookEndpoints(first: 10) { nodes { id } } }\n": typeof types.WhRestartEndpointsDocument,
    "\n  mutation SqlCountCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n": typeof types.SqlCountCreateDocument,
    "\n  query SqlCountList($first: Int!) {\n    treasuryFinancialAccounts(first: $first) {\n      edges {\n        cursor\n        node {\n          id status nickname metadata activeFeatures pendingFeatures restrictedFeatures supportedCurrencies created\n          balance { cash { amount currency } inboundPending { amount currency } outboundPending { amount currency } }\n          features {\n            cardIssuing { requested status statusDetails { code resolution restriction } }\n            financialAddresses { aba { requested status } }\n            outboundTransfers { ach { requested status statusDetails { code } } usDomesticWire { requested status } }\n          }\n          financialAddresses { type supportedNetworks aba { accountNumberLast4 routingNumber bankName } }\n          platformRestrictions { inboundFlows outboundFlows }\n          statusDetails { closed { reasons } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SqlCountListDocument,
    "\n  query SqlCountNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on TreasuryFinancialAccount { status balance { cash { amount currency } } features { cardIssuing { status } } }\n      ... on Event { type data { object } }\n    }\n  }\n": typeof types.SqlCountNodesDocument,
    "\n  query SqlCountEvents($first: Int!) { events(first: $first) { nodes { id type created data { object previousAttributes } request { id idempotencyKey } } } }\n": typeof types.SqlCountEventsDocument,
    "\n  mutation SeedFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.SeedFaDocument,
    "\n  mutation SeedPm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) { paymentMethod { id } userErrors { code message } }\n  }\n": typeof types.SeedPmDocument,
    "\n  query SeedBalance($id: ID!) {\n    treasuryFinancialAccount(id: $id) { balance { cash { amount } inboundPending { amount } outboundPending { amount } } }\n  }\n": typeof types.SeedBalanceDocument,
    "\n  mutation TenancyCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id livemode nickname }\n      userErrors { code message field }\n    }\n  }\n": typeof types.TenancyCreateDocument,
    "\n  query TenancyReads($fa: ID!, $evt: ID!, $ids: [ID!]!) {\n    treasuryFinancialAccount(id: $fa) { id nickname }\n    treasuryFinancialAccountFeatures(financialAccount: $fa) { object }\n    faNode: node(id: $fa) { id }\n    evtNode: node(id: $evt) { id }\n    nodes(ids: $ids) { id }\n    event(id: $evt) { id type }\n  }\n": typeof types.TenancyReadsDocument,
    "\n  query TenancyLists {\n    treasuryFinancialAccounts(first: 100) { nodes { id } }\n    open: treasuryFinancialAccounts(first: 100, status: OPEN) { nodes { id } }\n    events(first: 100) { nodes { id data { object } } }\n  }\n": typeof types.TenancyListsDocument,
    "\n  mutation TenancyUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code type field } }\n  }\n": typeof types.TenancyUpdateDocument,
    "\n  mutation TenancyUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type field } }\n  }\n": typeof types.TenancyUpdateFeaturesDocument,
    "\n  mutation TenancyClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type field } }\n  }\n": typeof types.TenancyCloseDocument,
    "\n  query TenancyGet($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id nickname status metadata activeFeatures }\n  }\n": typeof types.TenancyGetDocument,
    "\n  query TenancyFirstEvent { events(first: 1) { nodes { id type data { object } } } }\n": typeof types.TenancyFirstEventDocument,
    "\n  subscription TenancyUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n": typeof types.TenancyUpdatedDocument,
    "\n  subscription TenancyBalanceUpdated($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount currency } } }\n": typeof types.TenancyBalanceUpdatedDocument,
    "\n  subscription TenancyStream($after: ID) { events(after: $after) { id type livemode data { object } } }\n": typeof types.TenancyStreamDocument,
    "\n  mutation StoryCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit { id status network linkedFlows { sourceFlowType } transaction { status entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.StoryCreditDocument,
    "\n  mutation StoryPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status transaction { status } } userErrors { code message } }\n  }\n": typeof types.StoryPayDocument,
    "\n  query StoryCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) {\n      nodes { id status amount network reversalDetails { restrictedReason }\n        linkedFlows { sourceFlowType creditReversal { id }\n          sourceFlow { __typename ... on TreasuryOutboundPayment { id } ... on TreasuryCreditReversal { id } } } }\n    }\n  }\n": typeof types.StoryCreditsDocument,
    "\n  mutation StoryReverse($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal { id status amount network receivedCredit { id linkedFlows { creditReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.StoryReverseDocument,
    "\n  mutation StoryDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status transaction { status } } userErrors { code message } }\n  }\n": typeof types.StoryDebitDocument,
    "\n  mutation StoryDisputeDebit($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal { id status amount receivedDebit { id linkedFlows { debitReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n": typeof types.StoryDisputeDebitDocument,
    "subscription StoryStream($types: [String!]) { events(types: $types) { type data { object } } }": typeof types.StoryStreamDocument,
    "\n  mutation WhDeliveryCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret status enabledEvents } userErrors { code message field } }\n  }\n": typeof types.WhDeliveryCreateEndpointDocument,
    "\n  mutation WhDeliveryUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id status } userErrors { code message field } }\n  }\n": typeof types.WhDeliveryUpdateEndpointDocument,
    "\n  mutation WhDeliveryDeleteEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id deleted } userErrors { code message field } }\n  }\n": typeof types.WhDeliveryDeleteEndpointDocument,
    "query WhDeliveryEndpoints { webhookEndpoints(first: 100) { nodes { id } } }": typeof types.WhDeliveryEndpointsDocument,
    "\n  mutation WhDeliveryCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.WhDeliveryCreateFaDocument,
    "\n  mutation WhDeliveryUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": typeof types.WhDeliveryUpdateFaDocument,
    "\n  query WhDeliveryAttempts($id: ID!, $event: ID) {\n    webhookEndpoint(id: $id) {\n      deliveryAttempts(first: 20, event: $event) {\n        nodes { attemptNumber trigger succeeded responseStatus error durationMs created nextRetryAt event { id type } }\n      }\n    }\n  }\n": typeof types.WhDeliveryAttemptsDocument,
    "query WhDeliveryEvent($id: ID!) { event(id: $id) { id type pendingWebhooks data { object } } }": typeof types.WhDeliveryEventDocument,
    "\n  query WhDeliveryEventsBySuccess($ok: Boolean) { events(first: 100, deliverySuccess: $ok) { nodes { id pendingWebhooks } } }\n": typeof types.WhDeliveryEventsBySuccessDocument,
    "\n  query WhDeliveryFaEvents($type: String) { events(first: 100, type: $type) { nodes { id type data { object } } } }\n": typeof types.WhDeliveryFaEventsDocument,
    "\n  mutation WhDeliveryResend($input: ResendEventInput!) {\n    resendEvent(input: $input) { event { id pendingWebhooks } userErrors { code message field } }\n  }\n": typeof types.WhDeliveryResendDocument,
    "\n  mutation WhDrainCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }\n": typeof types.WhDrainCreateEndpointDocument,
    "\n  mutation WhDrainFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n": typeof types.WhDrainFaDocument,
    "\n  mutation WhMultiCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message } }\n  }\n": typeof types.WhMultiCreateEndpointDocument,
    "\n  mutation WhMultiCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": typeof types.WhMultiCreateFaDocument,
    "\n  query WhMultiEvents { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n": typeof types.WhMultiEventsDocument,
    "\n  query WhMultiAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus event { id } } } } }\n": typeof types.WhMultiAttemptsDocument,
    "\n  mutation WhTargetCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n": typeof types.WhTargetCreateEndpointDocument,
    "\n  mutation WhTargetUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n": typeof types.WhTargetUpdateEndpointDocument,
    "\n  mutation WhTargetDeleteEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id } userErrors { code } } }\n": typeof types.WhTargetDeleteEndpointDocument,
    "\n  mutation WhTargetCreateFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n": typeof types.WhTargetCreateFaDocument,
    "\n  query WhTargetAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 20) { nodes { succeeded responseStatus error } } } }\n": typeof types.WhTargetAttemptsDocument,
};
const documents: Documents = {
    "\n  query ClimateCatalogue($first: Int, $after: String) {\n    climateProducts(first: $first, after: $after) {\n      nodes { id name deliveryYear metricTonsAvailable currentPricesPerMetricTon { currency amountSubtotal amountFees amountTotal } suppliers { id name removalPathway locations { country region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ClimateCatalogueDocument,
    "query ClimateProductById($id: ID!) { climateProduct(id: $id) { id livemode } node(id: $id) { id ... on ClimateProduct { name } } }": types.ClimateProductByIdDocument,
    "\n  mutation CreateClimateOrderT($input: CreateClimateOrderInput!) {\n    createClimateOrder(input: $input) {\n      climateOrder { id status metricTons amountSubtotal amountFees amountTotal currency expectedDeliveryYear beneficiary { publicName } product { id } }\n      userErrors { code field message }\n    }\n  }\n": types.CreateClimateOrderTDocument,
    "mutation UpdateClimateOrderT($input: UpdateClimateOrderInput!) { updateClimateOrder(input: $input) { climateOrder { id beneficiary { publicName } metadata } userErrors { code } } }": types.UpdateClimateOrderTDocument,
    "mutation CancelClimateOrderT($input: CancelClimateOrderInput!) { cancelClimateOrder(input: $input) { climateOrder { id status cancellationReason canceledAt } userErrors { code } } }": types.CancelClimateOrderTDocument,
    "query ClimateOrderT($id: ID!) { climateOrder(id: $id) { id status confirmedAt deliveredAt deliveryDetails { metricTons supplier { id } } } }": types.ClimateOrderTDocument,
    "query ClimateOrderEventsT { events(types: [\"climate.order.*\"], first: 20) { nodes { type } } }": types.ClimateOrderEventsTDocument,
    "\n  mutation OnrCreate($input: CreateCryptoOnrampSessionInput!) {\n    createCryptoOnrampSession(input: $input) {\n      cryptoOnrampSession {\n        id status clientSecret kycDetailsProvided\n        transactionDetails { sourceAmount sourceCurrency destinationAmount destinationCurrency destinationNetwork walletAddress fees transactionId }\n      }\n      userErrors { code field }\n    }\n  }\n": types.OnrCreateDocument,
    "\n  mutation OnrCheckout($input: CheckoutCryptoOnrampSessionInput!) {\n    checkoutCryptoOnrampSession(input: $input) { cryptoOnrampSession { id status } userErrors { code } }\n  }\n": types.OnrCheckoutDocument,
    "\n  mutation OnrQuote($input: QuoteCryptoOnrampSessionInput!) {\n    quoteCryptoOnrampSession(input: $input) { cryptoOnrampSession { status transactionDetails { sourceAmount destinationAmount fees } } userErrors { code } }\n  }\n": types.OnrQuoteDocument,
    "\n  query OnrGet($id: ID!) {\n    cryptoOnrampSession(id: $id) { status transactionDetails { transactionId destinationAmount } }\n    cryptoOnrampSessions(status: FULFILLMENT_COMPLETE, destinationCurrency: ETH) { nodes { id } }\n  }\n": types.OnrGetDocument,
    "\n  mutation OnrClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": types.OnrClockDocument,
    "\n  mutation OnrAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } }\n  }\n": types.OnrAdvanceDocument,
    "subscription OnrUpdated($id: ID!) { cryptoOnrampSessionUpdated(id: $id) { status } }": types.OnrUpdatedDocument,
    "mutation CreateFeatureT($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id name lookupKey active } userErrors { code field } } }": types.CreateFeatureTDocument,
    "mutation UpdateFeatureT($input: UpdateEntitlementsFeatureInput!) { updateEntitlementsFeature(input: $input) { entitlementsFeature { id name active } userErrors { code } } }": types.UpdateFeatureTDocument,
    "query FeaturesT($archived: Boolean, $lookupKey: String) { entitlementsFeatures(archived: $archived, lookupKey: $lookupKey) { nodes { id } } }": types.FeaturesTDocument,
    "mutation AttachFeatureT($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id entitlementFeature { id lookupKey } } userErrors { code field } } }": types.AttachFeatureTDocument,
    "mutation DetachFeatureT($input: DeleteProductFeatureInput!) { deleteProductFeature(input: $input) { deletedProductFeature { id deleted } userErrors { code } } }": types.DetachFeatureTDocument,
    "query ProductFeaturesT($id: ID!) { product(id: $id) { features { nodes { id entitlementFeature { lookupKey } } } } }": types.ProductFeaturesTDocument,
    "mutation EntProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }": types.EntProductDocument,
    "mutation EntPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code } } }": types.EntPriceDocument,
    "mutation EntCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }": types.EntCustomerDocument,
    "mutation EntOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id amountTotal } userErrors { code message } } }": types.EntOrderDocument,
    "mutation EntSubmit($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status } userErrors { code message } } }": types.EntSubmitDocument,
    "query ActiveT($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { id lookupKey feature { id } } } }": types.ActiveTDocument,
    "query ActiveOneT($id: ID!) { entitlementsActiveEntitlement(id: $id) { id lookupKey } }": types.ActiveOneTDocument,
    "query SummariesT { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }": types.SummariesTDocument,
    "\n  mutation WeCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id object apiVersion application created description enabledEvents livemode metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n": types.WeCreateDocument,
    "\n  mutation WeUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id description enabledEvents metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n": types.WeUpdateDocument,
    "\n  mutation WeDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id object deleted } userErrors { code message field } }\n  }\n": types.WeDeleteDocument,
    "query WeGet($id: ID!) { webhookEndpoint(id: $id) { id secret status url enabledEvents } }": types.WeGetDocument,
    "\n  query WeList($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) { nodes { id secret } pageInfo { hasNextPage endCursor } }\n  }\n": types.WeListDocument,
    "query WeNode($id: ID!) { node(id: $id) { __typename id } }": types.WeNodeDocument,
    "\n  mutation WeResend($input: ResendEventInput!) { resendEvent(input: $input) { event { id } userErrors { code message field } } }\n": types.WeResendDocument,
    "query WeFirstEvent { events(first: 1) { nodes { id } } }": types.WeFirstEventDocument,
    "\n  mutation WeCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": types.WeCreateFaDocument,
    "subscription WeUpdated($id: ID!) { webhookEndpointUpdated(id: $id) { id status description } }": types.WeUpdatedDocument,
    "\n  mutation FwdCreatePm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) {\n      paymentMethod { id type card { brand last4 expMonth expYear funding country fingerprint checks { cvcCheck } } billingDetails { name } usBankAccount { last4 } }\n      userErrors { code type message field }\n    }\n  }\n": types.FwdCreatePmDocument,
    "\n  mutation FwdCreate($input: CreateForwardingRequestInput!) {\n    createForwardingRequest(input: $input) {\n      forwardingRequest {\n        id url replacements metadata paymentMethod { id card { last4 } }\n        requestDetails { httpMethod body headers { name value } }\n        requestContext { destinationDuration destinationIpAddress }\n        responseDetails { status body headers { name value } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": types.FwdCreateDocument,
    "\n  query FwdGet($id: ID!) {\n    forwardingRequest(id: $id) { id requestDetails { body } }\n    forwardingRequests(first: 10) { nodes { id } }\n  }\n": types.FwdGetDocument,
    "\n  mutation IbInstructions($input: CreateIssuingFundingInstructionsInput!) {\n    createIssuingFundingInstructions(input: $input) {\n      fundingInstructions {\n        id currency fundingType livemode\n        bankTransfer { country type financialAddresses { type supportedNetworks iban { iban bic country accountHolderName } sortCode { sortCode accountNumber } aba { routingNumber accountNumber } } }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.IbInstructionsDocument,
    "query IbInstructionList { issuingFundingInstructions(first: 10) { nodes { id currency bankTransfer { type } } } }": types.IbInstructionListDocument,
    "\n  mutation IbFund($input: TestHelpersFundIssuingBalanceInput!) {\n    testHelpersFundIssuingBalance(input: $input) { fundingInstructions { id currency bankTransfer { type } } userErrors { code field } }\n  }\n": types.IbFundDocument,
    "query IbBalance { issuingBalance { available { amount currency } held { amount currency } } }": types.IbBalanceDocument,
    "subscription IbBalanceUpdated { issuingBalanceUpdated { available { amount currency } held { amount } } }": types.IbBalanceUpdatedDocument,
    "\n  mutation IbHolder($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } userErrors { code } } }\n": types.IbHolderDocument,
    "\n  mutation IbCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) { issuingCard { id personalizationDesign { id } } userErrors { code message field } }\n  }\n": types.IbCardDocument,
    "\n  mutation IbAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status approved amount requestHistory { reason } treasury { transaction { id } } } userErrors { code }\n    }\n  }\n": types.IbAuthorizeDocument,
    "\n  mutation IbIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) { issuingAuthorization { id amount requestHistory { approved reason } } userErrors { code } }\n  }\n": types.IbIncrementDocument,
    "\n  mutation IbReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) { issuingAuthorization { id status amount } userErrors { code } }\n  }\n": types.IbReverseDocument,
    "\n  mutation IbCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) { issuingAuthorization { id status transactions { id amount treasury { receivedDebit { id } } } } userErrors { code } }\n  }\n": types.IbCaptureDocument,
    "\n  mutation IbRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) { issuingTransaction { id type amount } userErrors { code } }\n  }\n": types.IbRefundDocument,
    "\n  mutation IbForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id amount created } userErrors { code } }\n  }\n": types.IbForceDocument,
    "\n  mutation IbDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount treasury { debitReversal { id } } } userErrors { code message field } }\n  }\n": types.IbDisputeDocument,
    "\n  mutation IbSubmit($input: SubmitIssuingDisputeInput!) { submitIssuingDispute(input: $input) { issuingDispute { id status } userErrors { code } } }\n": types.IbSubmitDocument,
    "query IbGetDispute($id: ID!) { issuingDispute(id: $id) { id status } }": types.IbGetDisputeDocument,
    "\n  mutation IbClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": types.IbClockDocument,
    "\n  mutation IbAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime } userErrors { code } }\n  }\n": types.IbAdvanceDocument,
    "\n  mutation IbDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n": types.IbDesignDocument,
    "\n  mutation IbUpdateDesign($input: UpdateIssuingPersonalizationDesignInput!) {\n    updateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n": types.IbUpdateDesignDocument,
    "\n  mutation IbActivateDesign($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code } }\n  }\n": types.IbActivateDesignDocument,
    "\n  query IbDesigns($isDefault: Boolean) { issuingPersonalizationDesigns(first: 10, preferences: { isDefault: $isDefault }) { nodes { id preferences { isDefault } } } }\n": types.IbDesignsDocument,
    "\n  mutation IsHolder($input: CreateIssuingCardholderInput!) {\n    createIssuingCardholder(input: $input) { issuingCardholder { id status requirements { disabledReason pastDue } } userErrors { code message field } }\n  }\n": types.IsHolderDocument,
    "\n  mutation IsCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) {\n      issuingCard {\n        id type status brand last4 expYear cancellationReason replacementReason\n        financialAccount { id } cardholder { id } replacementFor { id } replacedBy { id }\n        shipping { status carrier eta service trackingNumber trackingUrl shippedAt deliveredAt }\n        spendingControls { spendingLimitsCurrency spendingLimits { amount interval } }\n        wallets { applePay { eligible ineligibleReason } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.IsCardDocument,
    "\n  mutation IsUpdateCard($input: UpdateIssuingCardInput!) {\n    updateIssuingCard(input: $input) { issuingCard { id status cancellationReason replacedBy { id } shipping { status } } userErrors { code message } }\n  }\n": types.IsUpdateCardDocument,
    "\n  query IsGetCard($id: ID!) { issuingCard(id: $id) { id status cancellationReason replacedBy { id } shipping { status } } }\n": types.IsGetCardDocument,
    "\n  mutation IsShip($input: TestHelpersShipIssuingCardInput!) {\n    testHelpersShipIssuingCard(input: $input) { issuingCard { id status shipping { status carrier trackingNumber trackingUrl shippedAt } } userErrors { code message } }\n  }\n": types.IsShipDocument,
    "\n  mutation IsDeliver($input: TestHelpersDeliverIssuingCardInput!) {\n    testHelpersDeliverIssuingCard(input: $input) { issuingCard { id shipping { status deliveredAt } } userErrors { code message } }\n  }\n": types.IsDeliverDocument,
    "\n  subscription IsCardUpdated($id: ID!) { issuingCardUpdated(id: $id) { id shipping { status } } }\n": types.IsCardUpdatedDocument,
    "\n  mutation IsAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status approved amount\n        requestHistory { amount approved reason authorizationCode }\n        treasury { transaction { id status flowType balanceImpact { cash outboundPending } } }\n        fraudChallenges { channel status undeliverableReason }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.IsAuthorizeDocument,
    "\n  mutation IsIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount requestHistory { amount approved reason } } userErrors { code message }\n    }\n  }\n": types.IsIncrementDocument,
    "\n  mutation IsCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status amount\n        transactions { id type amount card { id } treasury { receivedDebit { id amount network status linkedFlows { issuingTransaction { id } issuingAuthorization { id } } } } }\n        treasury { receivedDebits transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      }\n      userErrors { code message }\n    }\n  }\n": types.IsCaptureDocument,
    "\n  mutation IsReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount treasury { transaction { id status balanceImpact { cash outboundPending } } } } userErrors { code message }\n    }\n  }\n": types.IsReverseDocument,
    "\n  mutation IsRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount authorization { id transactions { id } treasury { receivedCredits } } treasury { receivedCredit { id amount status } } }\n      userErrors { code message field }\n    }\n  }\n": types.IsRefundDocument,
    "\n  mutation IsForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id type amount authorization { id } treasury { receivedDebit { id } } } userErrors { code message } }\n  }\n": types.IsForceDocument,
    "\n  mutation IsUnlinked($input: TestHelpersCreateUnlinkedRefundIssuingTransactionInput!) {\n    testHelpersCreateUnlinkedRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount treasury { receivedCredit { id network } } } userErrors { code message }\n    }\n  }\n": types.IsUnlinkedDocument,
    "\n  query IsGraph($holder: ID!) {\n    issuingCardholder(id: $holder) {\n      cards(first: 10) { nodes { id authorizations(first: 10) { nodes { id status transactions { id type } } } transactions(first: 10) { nodes { id type } } } }\n    }\n  }\n": types.IsGraphDocument,
    "\n  mutation IsDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount transaction { id dispute { id } } treasury { receivedDebit { id } debitReversal { id } } } userErrors { code message field } }\n  }\n": types.IsDisputeDocument,
    "\n  mutation IsSubmit($input: SubmitIssuingDisputeInput!) {\n    submitIssuingDispute(input: $input) {\n      issuingDispute { id status treasury { debitReversal { id status amount linkedFlows { issuingDispute { id } } } } } userErrors { code message field }\n    }\n  }\n": types.IsSubmitDocument,
    "\n  query IsGetDispute($id: ID!) { issuingDispute(id: $id) { id status lossReason treasury { debitReversal { id status } } } }\n": types.IsGetDisputeDocument,
    "\n  mutation IsDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status physicalBundle { id features { cardLogo } } } userErrors { code message field } }\n  }\n": types.IsDesignDocument,
    "\n  mutation IsActivate($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code message } }\n  }\n": types.IsActivateDocument,
    "\n  mutation IsReject($input: TestHelpersRejectIssuingPersonalizationDesignInput!) {\n    testHelpersRejectIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status rejectionReasons { cardLogo carrierText } } userErrors { code message } }\n  }\n": types.IsRejectDocument,
    "query IsBundles { issuingPhysicalBundles(first: 10, type: STANDARD) { nodes { id type status } } }": types.IsBundlesDocument,
    "\n  mutation OrdersActivateTax {\n    updateTaxSettings(input: { headOffice: { address: { country: \"US\", state: \"CA\" } }, defaults: { taxCode: \"txcd_10000000\", taxBehavior: EXCLUSIVE } }) { userErrors { code } }\n    createTaxRegistration(input: { country: \"US\", countryOptions: { us: { state: \"CA\", type: STATE_SALES_TAX } }, activeFrom: \"now\" }) { userErrors { code } }\n  }\n": types.OrdersActivateTaxDocument,
    "mutation OrdersProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }": types.OrdersProductDocument,
    "mutation OrdersPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code message } } }": types.OrdersPriceDocument,
    "mutation OrdersDefaultPrice($input: UpdateProductInput!) { updateProduct(input: $input) { product { id defaultPrice { id unitAmount } } userErrors { code } } }": types.OrdersDefaultPriceDocument,
    "mutation CreateOrderT($input: CreateOrderInput!) { createOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } lineItems { nodes { id description quantity amountSubtotal amountTotal price { id unitAmount } } } } userErrors { code field message } } }": types.CreateOrderTDocument,
    "mutation UpdateOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal } lineItems { nodes { description quantity amountSubtotal amountTax amountTotal } } } userErrors { code field message } } }": types.UpdateOrderTDocument,
    "mutation SubmitOrderT($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status amountTotal payment { status paymentIntent { id status amount currency description } } } userErrors { code field message } } }": types.SubmitOrderTDocument,
    "mutation ReopenOrderT($input: ReopenOrderInput!) { reopenOrder(input: $input) { order { id status payment { status } } userErrors { code message } } }": types.ReopenOrderTDocument,
    "mutation CancelOrderT($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } userErrors { code message } } }": types.CancelOrderTDocument,
    "query OrderT($id: ID!) { order(id: $id) { id status payment { status paymentIntent { id status amountReceived lastPaymentError { code } } } } }": types.OrderTDocument,
    "query OrderIntentT($id: ID!) { paymentIntent(id: $id) { status cancellationReason } }": types.OrderIntentTDocument,
    "query OrderIntentEventsT { events(types: [\"payment_intent.*\"], first: 50) { nodes { type } } }": types.OrderIntentEventsTDocument,
    "mutation OrdersFeature($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id } userErrors { code } } }": types.OrdersFeatureDocument,
    "mutation OrdersAttach($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id } userErrors { code field } } }": types.OrdersAttachDocument,
    "query OrdersEntitled($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { lookupKey } } }": types.OrdersEntitledDocument,
    "query OrdersSummaries { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }": types.OrdersSummariesDocument,
    "subscription OrderUpdatedT($id: ID!) { orderUpdated(id: $id) { id status } }": types.OrderUpdatedTDocument,
    "query OrderEventsT { events(types: [\"order.*\"], first: 50) { nodes { type data { object } } } }": types.OrderEventsTDocument,
    "mutation OrdersCoupon($input: CreateCouponInput!) { createCoupon(input: $input) { coupon { id valid timesRedeemed } userErrors { code field } } }": types.OrdersCouponDocument,
    "mutation OrdersPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id code promotion { type coupon { id } } } userErrors { code field } } }": types.OrdersPromoDocument,
    "mutation OrdersRestrictedPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } userErrors { code field message } } }": types.OrdersRestrictedPromoDocument,
    "mutation OrdersUpdatePromo($input: UpdatePromotionCodeInput!) { updatePromotionCode(input: $input) { promotionCode { id restrictions { currencyOptions { currency minimumAmount } } } userErrors { code field message } } }": types.OrdersUpdatePromoDocument,
    "query OrdersPromoCount { promotionCodes(first: 100) { nodes { id } } }": types.OrdersPromoCountDocument,
    "query OrdersPromoRestrictions($id: ID!) { promotionCode(id: $id) { restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } }": types.OrdersPromoRestrictionsDocument,
    "query OrdersCount { orders(first: 100) { nodes { id } } }": types.OrdersCountDocument,
    "mutation OrdersRate($input: CreateShippingRateInput!) { createShippingRate(input: $input) { shippingRate { id fixedAmount { amount currency } taxBehavior deliveryEstimate { minimum { unit value } } } userErrors { code field } } }": types.OrdersRateDocument,
    "mutation OrdersCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }": types.OrdersCustomerDocument,
    "mutation DiscountedOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id amountSubtotal amountTotal discounts totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal shippingRate { id displayName } }\n    lineItems { nodes { amountSubtotal amountDiscount amountTax amountTotal } } } userErrors { code field message } } }": types.DiscountedOrderTDocument,
    "query OrdersRedeemed($c: ID!, $p: ID!) { coupon(id: $c) { timesRedeemed valid } promotionCode(id: $p) { timesRedeemed } }": types.OrdersRedeemedDocument,
    "\n  mutation OrdersReaderClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": types.OrdersReaderClockDocument,
    "\n  mutation OrdersReaderLocation($input: CreateTerminalLocationInput!) { createTerminalLocation(input: $input) { terminalLocation { id } userErrors { code } } }\n": types.OrdersReaderLocationDocument,
    "\n  mutation OrdersReaderRegister($input: CreateTerminalReaderInput!) { createTerminalReader(input: $input) { terminalReader { id } userErrors { code } } }\n": types.OrdersReaderRegisterDocument,
    "\n  mutation OrdersReaderProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { action { status } } userErrors { code message } }\n  }\n": types.OrdersReaderProcessDocument,
    "\n  mutation OrdersReaderPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) { terminalReader { action { status failureCode } } userErrors { code message } }\n  }\n": types.OrdersReaderPresentDocument,
    "\n  mutation OrdersForgedPi($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { paymentIntent { id } userErrors { code } } }\n": types.OrdersForgedPiDocument,
    "\n  query OrderPaidT($id: ID!) { order(id: $id) { status payment { status paymentIntent { id status amountReceived paymentMethod { type } } } } }\n": types.OrderPaidTDocument,
    "\n  mutation ReceiptObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id hostedRegulatoryReceiptUrl } userErrors { code message } }\n  }\n": types.ReceiptObtDocument,
    "query ReceiptGet($id: ID!) { treasuryOutboundTransfer(id: $id) { hostedRegulatoryReceiptUrl } }": types.ReceiptGetDocument,
    "query TaxSettingsNow { taxSettings { status statusDetails { pending { missingFields } } defaults { taxCode taxBehavior provider } headOffice { address { country state } } } }": types.TaxSettingsNowDocument,
    "\n  mutation UpdateTaxSettingsT($input: UpdateTaxSettingsInput!) {\n    updateTaxSettings(input: $input) { taxSettings { status defaults { taxCode taxBehavior } } userErrors { code field message } }\n  }\n": types.UpdateTaxSettingsTDocument,
    "\n  mutation CreateTaxRegistrationT($input: CreateTaxRegistrationInput!) {\n    createTaxRegistration(input: $input) { taxRegistration { id status country activeFrom expiresAt } userErrors { code field message } }\n  }\n": types.CreateTaxRegistrationTDocument,
    "\n  mutation UpdateTaxRegistrationT($input: UpdateTaxRegistrationInput!) {\n    updateTaxRegistration(input: $input) { taxRegistration { id status expiresAt } userErrors { code field message } }\n  }\n": types.UpdateTaxRegistrationTDocument,
    "query TaxRegistrationsT($status: TaxRegistrationListStatus) { taxRegistrations(status: $status, first: 20) { nodes { id country status } } }": types.TaxRegistrationsTDocument,
    "\n  mutation CreateTaxCalculationT($input: CreateTaxCalculationInput!) {\n    createTaxCalculation(input: $input) {\n      taxCalculation {\n        id amountTotal taxAmountExclusive taxAmountInclusive expiresAt\n        taxBreakdown { amount inclusive taxableAmount taxabilityReason taxRateDetails { percentageDecimal country state taxType } }\n        lineItems { nodes { id amount amountTax reference taxBehavior taxCode taxBreakdown { amount taxableAmount taxabilityReason jurisdiction { country state displayName } } } }\n        shippingCost { amount amountTax }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.CreateTaxCalculationTDocument,
    "\n  query TaxCalculationLevelsT($id: ID!) {\n    taxCalculation(id: $id) { lineItems { nodes { taxBreakdown { jurisdiction { level state } taxRateDetails { taxType } } } } }\n  }\n": types.TaxCalculationLevelsTDocument,
    "\n  mutation CreateTaxTransactionT($input: CreateFromCalculationTaxTransactionInput!) {\n    createFromCalculationTaxTransaction(input: $input) {\n      taxTransaction { id type reference lineItems { nodes { id amount amountTax reference type } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n": types.CreateTaxTransactionTDocument,
    "\n  mutation ReverseTaxTransactionT($input: CreateReversalTaxTransactionInput!) {\n    createReversalTaxTransaction(input: $input) {\n      taxTransaction { id type reversal { originalTransaction { id } } lineItems { nodes { amount amountTax reference type reversal { originalLineItem } } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n": types.ReverseTaxTransactionTDocument,
    "\n  query TaxCalculationLinesT($id: ID!, $after: String) {\n    taxCalculation(id: $id) { lineItems(first: 1, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }\n  }\n": types.TaxCalculationLinesTDocument,
    "mutation TaxClockT($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }": types.TaxClockTDocument,
    "mutation TaxAdvanceT($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }": types.TaxAdvanceTDocument,
    "query TaxSettingsEvents { events(types: [\"tax.settings.updated\"], first: 5) { nodes { type } } }": types.TaxSettingsEventsDocument,
    "\n  query ThwSkus($country: String!, $product: ID, $status: TerminalHardwareSkuStatus) {\n    terminalHardwareSkus(country: $country, product: $product, status: $status, first: 20) {\n      nodes { id amount currency country orderable status product { id type } }\n    }\n  }\n": types.ThwSkusDocument,
    "\n  query ThwProducts($status: TerminalHardwareProductStatus) { terminalHardwareProducts(status: $status, first: 20) { nodes { id type status unavailableAfter } } }\n": types.ThwProductsDocument,
    "\n  query ThwMethods($country: String!, $name: TerminalHardwareShippingMethodName) {\n    terminalHardwareShippingMethods(country: $country, name: $name, first: 20) { nodes { id name country status estimatedDeliveryWindow { minimumDate maximumDate } } }\n  }\n": types.ThwMethodsDocument,
    "\n  mutation ThwCreate($input: CreateTerminalHardwareOrderInput!) {\n    createTerminalHardwareOrder(input: $input) {\n      terminalHardwareOrder {\n        id status amount currency tax paymentType poNumber updated\n        hardwareOrderItems { amount currency quantity terminalHardwareSku { id amount country currency product { id type } } }\n        shipping { amount currency name company email phone address { line1 city state postalCode country } }\n        shippingMethod { id name }\n        totalTaxAmounts { amount inclusive rate { displayName jurisdiction percentage } }\n        shipmentTracking { carrier trackingNumber }\n      }\n      userErrors { code field message }\n    }\n  }\n": types.ThwCreateDocument,
    "\n  mutation ThwCancel($input: CancelTerminalHardwareOrderInput!) {\n    cancelTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status updated } userErrors { code message } }\n  }\n": types.ThwCancelDocument,
    "\n  mutation ThwReady($input: TestHelpersMarkReadyToShipTerminalHardwareOrderInput!) {\n    testHelpersMarkReadyToShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n": types.ThwReadyDocument,
    "\n  mutation ThwShip($input: TestHelpersShipTerminalHardwareOrderInput!) {\n    testHelpersShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status shipmentTracking { carrier trackingNumber } } userErrors { code message } }\n  }\n": types.ThwShipDocument,
    "\n  mutation ThwDeliver($input: TestHelpersDeliverTerminalHardwareOrderInput!) {\n    testHelpersDeliverTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n": types.ThwDeliverDocument,
    "\n  mutation ThwUndeliverable($input: TestHelpersMarkUndeliverableTerminalHardwareOrderInput!) {\n    testHelpersMarkUndeliverableTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n": types.ThwUndeliverableDocument,
    "query ThwOne($id: ID!) { terminalHardwareOrder(id: $id) { id status updated } }": types.ThwOneDocument,
    "query ThwOrders($status: TerminalHardwareOrderStatus) { terminalHardwareOrders(status: $status, first: 50) { nodes { id status } } }": types.ThwOrdersDocument,
    "subscription ThwUpdated($id: ID!) { terminalHardwareOrderUpdated(id: $id) { id status shipmentTracking { carrier } } }": types.ThwUpdatedDocument,
    "subscription ThwEvents { events(types: [\"terminal.hardware_order.*\"]) { type data { object previousAttributes } } }": types.ThwEventsDocument,
    "\n  mutation TmCreateLocation($input: CreateTerminalLocationInput!) {\n    createTerminalLocation(input: $input) { terminalLocation { id displayName address { country city } } userErrors { code field } }\n  }\n": types.TmCreateLocationDocument,
    "\n  mutation TmDeleteLocation($input: DeleteTerminalLocationInput!) {\n    deleteTerminalLocation(input: $input) { deletedTerminalLocation { id deleted } userErrors { code } }\n  }\n": types.TmDeleteLocationDocument,
    "\n  mutation TmUpdateLocation($input: UpdateTerminalLocationInput!) {\n    updateTerminalLocation(input: $input) { terminalLocation { id displayName configurationOverrides { id } } userErrors { code field } }\n  }\n": types.TmUpdateLocationDocument,
    "\n  mutation TmCreateToken($input: CreateTerminalConnectionTokenInput!) {\n    createTerminalConnectionToken(input: $input) { terminalConnectionToken { secret location { id } } userErrors { code field } }\n  }\n": types.TmCreateTokenDocument,
    "\n  mutation TmCreateConfig($input: CreateTerminalConfigurationInput!) {\n    createTerminalConfiguration(input: $input) { terminalConfiguration { id isAccountDefault name } userErrors { code } }\n  }\n": types.TmCreateConfigDocument,
    "\n  mutation TmDeleteConfig($input: DeleteTerminalConfigurationInput!) {\n    deleteTerminalConfiguration(input: $input) { deletedTerminalConfiguration { id } userErrors { code } }\n  }\n": types.TmDeleteConfigDocument,
    "\n  query TmConfigs($def: Boolean) { terminalConfigurations(isAccountDefault: $def) { nodes { id isAccountDefault } } }\n": types.TmConfigsDocument,
    "\n  mutation TmRegister($input: CreateTerminalReaderInput!) {\n    createTerminalReader(input: $input) { terminalReader { id deviceType status label serialNumber location { id } action { type } } userErrors { code field } }\n  }\n": types.TmRegisterDocument,
    "\n  mutation TmProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code message } }\n  }\n": types.TmProcessDocument,
    "\n  mutation TmProcessSetup($input: ProcessSetupIntentTerminalReaderInput!) {\n    processSetupIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n": types.TmProcessSetupDocument,
    "\n  mutation TmRefund($input: RefundPaymentTerminalReaderInput!) {\n    refundPaymentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n": types.TmRefundDocument,
    "\n  mutation TmDisplay($input: SetReaderDisplayTerminalReaderInput!) {\n    setReaderDisplayTerminalReader(input: $input) {\n      terminalReader { action { type status setReaderDisplay { cart { total lineItems { description } } } } } userErrors { code }\n    }\n  }\n": types.TmDisplayDocument,
    "\n  mutation TmCollectInputs($input: CollectInputsTerminalReaderInput!) {\n    collectInputsTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n": types.TmCollectInputsDocument,
    "\n  mutation TmCancel($input: CancelActionTerminalReaderInput!) {\n    cancelActionTerminalReader(input: $input) { terminalReader { action { type status failureCode } } userErrors { code } }\n  }\n": types.TmCancelDocument,
    "\n  mutation TmPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) {\n      terminalReader { id action { type status failureCode failureMessage processSetupIntent { generatedCard } refundPayment { refund { id amount status } } } }\n      userErrors { code message }\n    }\n  }\n": types.TmPresentDocument,
    "\n  mutation TmSucceedInputs($input: TestHelpersSucceedInputCollectionTerminalReaderInput!) {\n    testHelpersSucceedInputCollectionTerminalReader(input: $input) {\n      terminalReader { action { status collectInputs { inputs { type skipped email { value } numeric { value } } } } } userErrors { code }\n    }\n  }\n": types.TmSucceedInputsDocument,
    "\n  mutation TmCollect($input: CollectPaymentMethodTerminalReaderInput!) {\n    collectPaymentMethodTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n": types.TmCollectDocument,
    "\n  mutation TmConfirm($input: ConfirmPaymentIntentTerminalReaderInput!) {\n    confirmPaymentIntentTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n": types.TmConfirmDocument,
    "\n  mutation TmCapture($input: CapturePaymentIntentInput!) {\n    capturePaymentIntent(input: $input) { paymentIntent { status amountReceived amountCapturable } userErrors { code } }\n  }\n": types.TmCaptureDocument,
    "\n  mutation TmCreatePi($input: CreatePaymentIntentInput!) {\n    createPaymentIntent(input: $input) { paymentIntent { id status amount } userErrors { code field } }\n  }\n": types.TmCreatePiDocument,
    "\n  query TmGetPi($id: ID!) {\n    paymentIntent(id: $id) {\n      id status amount amountReceived amountCapturable\n      paymentMethod { id type cardPresent { brand last4 readMethod } }\n      lastPaymentError { code declineCode type }\n    }\n    refunds(paymentIntent: $id) { nodes { id amount status } }\n  }\n": types.TmGetPiDocument,
    "\n  mutation TmCreateSi($input: CreateSetupIntentInput!) { createSetupIntent(input: $input) { setupIntent { id status } userErrors { code } } }\n": types.TmCreateSiDocument,
    "query TmGetSi($id: ID!) { setupIntent(id: $id) { status paymentMethod { type cardPresent { last4 } } } }": types.TmGetSiDocument,
    "query TmEvents($types: [String!]) { events(types: $types, first: 20) { nodes { type data { object } } } }": types.TmEventsDocument,
    "subscription TmUpdated($id: ID!) { terminalReaderUpdated(id: $id) { id action { type status } } }": types.TmUpdatedDocument,
    "\n  mutation ClockCreate($input: CreateTestHelpersTestClockInput!) {\n    createTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime name livemode } userErrors { code field } }\n  }\n": types.ClockCreateDocument,
    "\n  mutation ClockAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime statusDetails { advancing { targetFrozenTime } } } userErrors { code field } }\n  }\n": types.ClockAdvanceDocument,
    "\n  mutation ClockDelete($input: DeleteTestHelpersTestClockInput!) {\n    deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id deleted } userErrors { code field } }\n  }\n": types.ClockDeleteDocument,
    "query ClockList { testHelpersTestClocks(first: 10) { nodes { id status frozenTime } } }": types.ClockListDocument,
    "query ClockGet($id: ID!) { testHelpersTestClock(id: $id) { id created deletesAfter } }": types.ClockGetDocument,
    "query ClockDeletedEvents { events(first: 20, type: \"test_helpers.test_clock.deleted\") { nodes { type request { id } data { object } } } }": types.ClockDeletedEventsDocument,
    "\n  mutation ClockCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id created expectedArrivalDate } userErrors { code } }\n  }\n": types.ClockCreateObtDocument,
    "\n  mutation ClockCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id created } userErrors { code } }\n  }\n": types.ClockCreateIbtDocument,
    "query ClockObt($id: ID!) { treasuryOutboundTransfer(id: $id) { status statusTransitions { postedAt } } }": types.ClockObtDocument,
    "query ClockIbt($id: ID!) { treasuryInboundTransfer(id: $id) { status statusTransitions { succeededAt } } }": types.ClockIbtDocument,
    "query ClockEvents { events(first: 100) { nodes { id type created data { object } } } }": types.ClockEventsDocument,
    "\n  subscription ClockBalance($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount } outboundPending { amount } } }\n": types.ClockBalanceDocument,
    "subscription ClockEventStream { events(types: [\"treasury.*\"]) { type created data { object } } }": types.ClockEventStreamDocument,
    "\n  mutation CrCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code message } }\n  }\n": types.CrCreditDocument,
    "\n  mutation CrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status } userErrors { code message } }\n  }\n": types.CrDebitDocument,
    "\n  mutation CrCreate($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        receivedCredit { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { postedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryCreditReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": types.CrCreateDocument,
    "\n  query CrGetRc($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason } linkedFlows { creditReversal { id status } } }\n  }\n": types.CrGetRcDocument,
    "\n  query CrList($fa: ID!, $receivedCredit: ID, $status: TreasuryCreditReversalStatus) {\n    treasuryCreditReversals(financialAccount: $fa, receivedCredit: $receivedCredit, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { creditReversals(first: 100) { nodes { id } } }\n  }\n": types.CrListDocument,
    "\n  query CrSenderCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, linkedFlows: { sourceFlowType: CREDIT_REVERSAL }) {\n      nodes { id status amount network\n        initiatingPaymentMethodDetails { type financialAccount { id network } }\n        linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryCreditReversal { id } } sourceFlowDetails { type creditReversal { id } } }\n        reversalDetails { restrictedReason } }\n    }\n  }\n": types.CrSenderCreditsDocument,
    "\n  mutation CrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.CrUpdateFaDocument,
    "\n  mutation CrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": types.CrClockCreateDocument,
    "\n  mutation CrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n": types.CrClockAdvanceDocument,
    "\n  mutation CrClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n": types.CrClockDeleteDocument,
    "\n  query CrRcList($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa) { nodes { id reversalDetails { deadline restrictedReason } } }\n    treasuryFinancialAccount(id: $fa) { receivedCredits { nodes { id reversalDetails { restrictedReason } } } }\n  }\n": types.CrRcListDocument,
    "\n  query CrGet($id: ID!) {\n    treasuryCreditReversal(id: $id) {\n      id status statusTransitions { postedAt }\n      transaction { status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n    }\n  }\n": types.CrGetDocument,
    "subscription CrEvents { events(types: [\"treasury.credit_reversal.*\"]) { type created request { id } data { object previousAttributes } } }": types.CrEventsDocument,
    "subscription CrRcUpdated($id: ID!) { treasuryReceivedCreditUpdated(id: $id) { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } } }": types.CrRcUpdatedDocument,
    "\n  mutation DrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status reversalDetails { deadline } } userErrors { code message } }\n  }\n": types.DrDebitDocument,
    "\n  mutation DrCreate($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        linkedFlows { issuingDispute { id } }\n        receivedDebit { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { completedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryDebitReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": types.DrCreateDocument,
    "query DrGetRd($id: ID!) { treasuryReceivedDebit(id: $id) { id linkedFlows { debitReversal { id status } } reversalDetails { deadline restrictedReason } } }": types.DrGetRdDocument,
    "\n  query DrList($fa: ID!, $receivedDebit: ID, $resolution: TreasuryDebitReversalListResolution, $status: TreasuryDebitReversalListStatus) {\n    treasuryDebitReversals(financialAccount: $fa, receivedDebit: $receivedDebit, resolution: $resolution, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { debitReversals(first: 100) { nodes { id } } }\n  }\n": types.DrListDocument,
    "query DrGet($id: ID!) { treasuryDebitReversal(id: $id) { id status } node(id: $id) { __typename id } }": types.DrGetDocument,
    "\n  query DrRead($id: ID!) {\n    treasuryDebitReversal(id: $id) {\n      id status statusTransitions { completedAt }\n      transaction { id status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type balanceImpact { cash } } } }\n    }\n  }\n": types.DrReadDocument,
    "\n  query DrTypeInfo($name: String!) { __type(name: $name) { fields { name } enumValues { name } } }\n": types.DrTypeInfoDocument,
    "\n  mutation DrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.DrUpdateFaDocument,
    "\n  mutation DrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": types.DrClockCreateDocument,
    "\n  mutation DrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n": types.DrClockAdvanceDocument,
    "query DrEvents { events(first: 100, type: \"treasury.debit_reversal.*\") { nodes { type data { object previousAttributes } } } }": types.DrEventsDocument,
    "subscription DrRdUpdated($id: ID!) { treasuryReceivedDebitUpdated(id: $id) { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } } }": types.DrRdUpdatedDocument,
    "\n  mutation CreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures\n        balance { cash { amount currency } outboundPending { amount currency } inboundPending { amount currency } }\n        features { outboundTransfers { ach { requested status statusDetails { code resolution restriction } } } financialAddresses { aba { status } } }\n        financialAddresses { type supportedNetworks aba { routingNumber accountNumberLast4 bankName } }\n        platformRestrictions { inboundFlows outboundFlows } statusDetails { closed { reasons } } supportedCurrencies livemode country }\n      userErrors { code type message field }\n    }\n  }\n": types.CreateFaDocument,
    "\n  query GetFa($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures statusDetails { closed { reasons } } }\n  }\n": types.GetFaDocument,
    "\n  mutation UpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata activeFeatures restrictedFeatures\n        features { outboundTransfers { ach { status statusDetails { code restriction resolution } } } } }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateFaDocument,
    "\n  mutation UpdateFaFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } outboundTransfers { ach { requested status statusDetails { code } } } }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateFaFeaturesDocument,
    "\n  query GetFaFeatures($id: ID!) { treasuryFinancialAccountFeatures(financialAccount: $id) { cardIssuing { requested status } } }\n": types.GetFaFeaturesDocument,
    "\n  mutation CloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status statusDetails { closed { reasons } } restrictedFeatures activeFeatures }\n      userErrors { code message field }\n    }\n  }\n": types.CloseFaDocument,
    "\n  mutation FaClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code message } } }\n": types.FaClockDocument,
    "\n  mutation FaClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status } userErrors { code message } } }\n": types.FaClockAdvanceDocument,
    "\n  query ListFa($first: Int, $after: String, $last: Int, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, after: $after, last: $last, before: $before, status: $status) {\n      edges { cursor node { id } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.ListFaDocument,
    "\n  query FaEvents($types: [String!]) { events(types: $types, first: 100) { nodes { id type data { object previousAttributes } request { id idempotencyKey } } } }\n": types.FaEventsDocument,
    "\n  subscription FaUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id status nickname activeFeatures } }\n": types.FaUpdatedDocument,
    "\n  subscription FaEventStream($types: [String!]) { events(types: $types) { id type data { object } } }\n": types.FaEventStreamDocument,
    "\n  mutation IbtCreate($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status amount currency cancelable statementDescriptor description metadata returned hostedRegulatoryReceiptUrl\n        failureDetails { code } linkedFlows { receivedDebit { id } }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } }\n        statusTransitions { canceledAt failedAt succeededAt }\n        originPaymentMethod { id }\n        originPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName accountHolderType } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n": types.IbtCreateDocument,
    "\n  mutation IbtSucceed($input: TestHelpersSucceedTreasuryInboundTransferInput!) {\n    testHelpersSucceedTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable returned statusTransitions { succeededAt failedAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryInboundTransfer { id } }\n          entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n": types.IbtSucceedDocument,
    "\n  mutation IbtFail($input: TestHelpersFailTreasuryInboundTransferInput!) {\n    testHelpersFailTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { failedAt succeededAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message field }\n    }\n  }\n": types.IbtFailDocument,
    "\n  mutation IbtCancel($input: CancelTreasuryInboundTransferInput!) {\n    cancelTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { canceledAt failedAt succeededAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": types.IbtCancelDocument,
    "\n  mutation IbtReturn($input: TestHelpersReturnTreasuryInboundTransferInput!) {\n    testHelpersReturnTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status returned cancelable failureDetails { code } transaction { id status }\n        linkedFlows { receivedDebit { id status amount network failureCode financialAccount { id } linkedFlows { inboundTransfer { id returned } }\n          initiatingPaymentMethodDetails { type usBankAccount { last4 routingNumber } }\n          transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } } } }\n      userErrors { code message }\n    }\n  }\n": types.IbtReturnDocument,
    "\n  query IbtFaTransactions($id: ID!) {\n    treasuryFinancialAccount(id: $id) {\n      transactions(first: 20) { nodes { id status amount flowType description balanceImpact { cash inboundPending outboundPending }\n        flow { __typename ... on TreasuryInboundTransfer { id returned } }\n        entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    }\n  }\n": types.IbtFaTransactionsDocument,
    "\n  query IbtList($fa: ID!, $status: TreasuryInboundTransferStatus) {\n    treasuryInboundTransfers(financialAccount: $fa, status: $status, first: 100) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { inboundTransfers(first: 100) { nodes { id } } }\n  }\n": types.IbtListDocument,
    "\n  query IbtGet($id: ID!) {\n    treasuryInboundTransfer(id: $id) { id status financialAccount { id } }\n    node(id: $id) { __typename id }\n  }\n": types.IbtGetDocument,
    "query IbtEvents { events(first: 100, type: \"treasury.inbound_transfer.*\") { nodes { type data { object previousAttributes } } } }": types.IbtEventsDocument,
    "subscription IbtEventStream($types: [String!]) { events(types: $types) { type data { object } } }": types.IbtEventStreamDocument,
    "subscription IbtUpdated($id: ID!) { treasuryInboundTransferUpdated(id: $id) { id status returned linkedFlows { receivedDebit { id } } transaction { id } } }": types.IbtUpdatedDocument,
    "\n  mutation IbtNewFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.IbtNewFaDocument,
    "\n  mutation IbtCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message field } }\n  }\n": types.IbtCloseFaDocument,
    "\n  mutation IbtObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code message } }\n  }\n": types.IbtObtCreateDocument,
    "\n  fragment ObpFields on TreasuryOutboundPayment {\n    id status amount currency cancelable statementDescriptor expectedArrivalDate created metadata\n    customer { id }\n    financialAccount { id }\n    destinationPaymentMethod { id customer { id } usBankAccount { last4 routingNumber } }\n    destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } financialAccount { id network } billingDetails { name } }\n    endUserDetails { present ipAddress }\n    statusTransitions { postedAt failedAt canceledAt returnedAt }\n    returnedDetails { code transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    trackingDetails { type ach { traceId } usDomesticWire { imad } }\n    transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt }\n      flow { __typename ... on TreasuryOutboundPayment { id } }\n      entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n  }\n": types.ObpFieldsFragmentDoc,
    "\n  mutation ObpCreate($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code type message field } }\n  }\n": types.ObpCreateDocument,
    "\n  mutation ObpPost($input: TestHelpersPostTreasuryOutboundPaymentInput!) {\n    testHelpersPostTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": types.ObpPostDocument,
    "\n  mutation ObpFail($input: TestHelpersFailTreasuryOutboundPaymentInput!) {\n    testHelpersFailTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": types.ObpFailDocument,
    "\n  mutation ObpCancel($input: CancelTreasuryOutboundPaymentInput!) {\n    cancelTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": types.ObpCancelDocument,
    "\n  mutation ObpReturn($input: TestHelpersReturnTreasuryOutboundPaymentInput!) {\n    testHelpersReturnTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": types.ObpReturnDocument,
    "\n  mutation ObpTrack($input: TestHelpersUpdateTreasuryOutboundPaymentInput!) {\n    testHelpersUpdateTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n": types.ObpTrackDocument,
    "\n  query ObpRetrieve($id: ID!) {\n    treasuryOutboundPayment(id: $id) { ...ObpFields }\n    node(id: $id) { __typename id }\n  }\n": types.ObpRetrieveDocument,
    "\n  query ObpList($fa: ID!, $customer: ID, $status: TreasuryOutboundPaymentStatus, $created: DateTimeRange) {\n    treasuryOutboundPayments(financialAccount: $fa, customer: $customer, status: $status, created: $created, first: 10) { nodes { id status } pageInfo { hasNextPage } }\n    treasuryFinancialAccount(id: $fa) { outboundPayments(customer: $customer, status: $status, first: 10) { nodes { id } } }\n  }\n": types.ObpListDocument,
    "\n  mutation ObpCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n": types.ObpCustomerDocument,
    "\n  query ObpReceiverCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) { nodes { status amount network\n      initiatingPaymentMethodDetails { type financialAccount { id network } }\n      linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryOutboundPayment { id } } }\n      transaction { status balanceImpact { cash inboundPending outboundPending } } } }\n  }\n": types.ObpReceiverCreditsDocument,
    "query ObpEvents { events(first: 100, type: \"treasury.outbound_payment.*\") { nodes { type data { object } } } }": types.ObpEventsDocument,
    "query ObpReceipt($id: ID!) { treasuryOutboundPayment(id: $id) { hostedRegulatoryReceiptUrl transaction { description } } }": types.ObpReceiptDocument,
    "query ObpEventsJson { events(first: 100, type: \"treasury.outbound_payment.created\") { nodes { type data { object } } } }": types.ObpEventsJsonDocument,
    "\n  mutation ObpClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": types.ObpClockCreateDocument,
    "\n  mutation ObpClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n": types.ObpClockAdvanceDocument,
    "\n  mutation ObpClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n": types.ObpClockDeleteDocument,
    "subscription ObpUpdated($id: ID!) { treasuryOutboundPaymentUpdated(id: $id) { id status cancelable statusTransitions { postedAt returnedAt } } }": types.ObpUpdatedDocument,
    "subscription ObpEventStream($types: [String!]) { events(types: $types) { type data { object } } }": types.ObpEventStreamDocument,
    "\n  mutation ObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status amount currency cancelable statementDescriptor expectedArrivalDate\n        statusTransitions { postedAt failedAt canceledAt returnedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 10) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n        destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n": types.ObtCreateDocument,
    "\n  mutation ObtPost($input: TestHelpersPostTreasuryOutboundTransferInput!) {\n    testHelpersPostTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt } transaction { status statusTransitions { postedAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n": types.ObtPostDocument,
    "\n  mutation ObtFail($input: TestHelpersFailTreasuryOutboundTransferInput!) {\n    testHelpersFailTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { failedAt } transaction { status statusTransitions { voidAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": types.ObtFailDocument,
    "\n  mutation ObtCancel($input: CancelTreasuryOutboundTransferInput!) {\n    cancelTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { canceledAt } transaction { status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": types.ObtCancelDocument,
    "\n  mutation ObtReturn($input: TestHelpersReturnTreasuryOutboundTransferInput!) {\n    testHelpersReturnTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { postedAt returnedAt }\n        returnedDetails { code transaction { id status amount flowType balanceImpact { cash outboundPending } entries(first: 5) { nodes { type } } } }\n        transaction { status } }\n      userErrors { code message }\n    }\n  }\n": types.ObtReturnDocument,
    "\n  mutation ObtTrack($input: TestHelpersUpdateTreasuryOutboundTransferInput!) {\n    testHelpersUpdateTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id trackingDetails { type ach { traceId } } }\n      userErrors { code message field }\n    }\n  }\n": types.ObtTrackDocument,
    "\n  mutation ObtCreateFull($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt failedAt }\n        transaction { description status balanceImpact { cash outboundPending } }\n        destinationPaymentMethodDetails { type financialAccount { id network } billingDetails { name address { line1 city postalCode country } } usBankAccount { network } } }\n      userErrors { code message field }\n    }\n  }\n": types.ObtCreateFullDocument,
    "query ObtReceived($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa) { nodes { id amount status network } } }": types.ObtReceivedDocument,
    "query ObtEvents { events(first: 100, type: \"treasury.outbound_transfer.*\") { nodes { type data { object } } } }": types.ObtEventsDocument,
    "subscription ObtUpdated($id: ID!) { treasuryOutboundTransferUpdated(id: $id) { id status statusTransitions { postedAt returnedAt } } }": types.ObtUpdatedDocument,
    "query ObtCancelable($id: ID!) { treasuryOutboundTransfer(id: $id) { id status cancelable created } }": types.ObtCancelableDocument,
    "\n  mutation ObtClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n": types.ObtClockCreateDocument,
    "\n  mutation ObtClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }\n": types.ObtClockAdvanceDocument,
    "\n  mutation RcCreate($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit {\n        id object status failureCode amount currency description network livemode\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name email address { line1 } } usBankAccount { bankName last4 routingNumber } financialAccount { id network } }\n        linkedFlows { creditReversal { id } issuingAuthorization { id } issuingTransaction { id } sourceFlowType sourceFlow { __typename } sourceFlowDetails { type } }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryReceivedCredit { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": types.RcCreateDocument,
    "\n  query RcRead($id: ID!) {\n    treasuryReceivedCredit(id: $id) {\n      id status failureCode network initiatingPaymentMethodDetails { type usBankAccount { last4 } }\n      reversalDetails { deadline restrictedReason } transaction { id entries(first: 5) { nodes { type } } }\n    }\n  }\n": types.RcReadDocument,
    "\n  query RcGet($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason }\n      linkedFlows { sourceFlowType sourceFlow { __typename } sourceFlowDetails { type creditReversal { id } outboundPayment { id } outboundTransfer { id } payout } } }\n    node(id: $id) { __typename id }\n  }\n": types.RcGetDocument,
    "\n  query RcList($fa: ID!, $status: TreasuryReceivedCreditStatus, $linkedFlows: TreasuryReceivedCreditListLinkedFlowsInput, $first: Int, $after: String) {\n    treasuryReceivedCredits(financialAccount: $fa, status: $status, linkedFlows: $linkedFlows, first: $first, after: $after) {\n      nodes { id status } pageInfo { hasNextPage endCursor }\n    }\n    treasuryFinancialAccount(id: $fa) { receivedCredits(first: 100) { nodes { id } } }\n  }\n": types.RcListDocument,
    "\n  mutation RcUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.RcUpdateFaDocument,
    "\n  mutation RcCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n": types.RcCloseFaDocument,
    "query RcNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }": types.RcNetworkEnumDocument,
    "\n  query RcTypeFields($name: String!) {\n    __type(name: $name) { fields { name type { kind name ofType { kind name } } } }\n  }\n": types.RcTypeFieldsDocument,
    "\n  query RcReadDetails($id: ID!) {\n    treasuryReceivedCredit(id: $id) { initiatingPaymentMethodDetails { type balance financialAccount { id network } billingDetails { name } } }\n  }\n": types.RcReadDetailsDocument,
    "query RcEvents { events(first: 100, type: \"treasury.received_credit.*\") { nodes { type data { object } } } }": types.RcEventsDocument,
    "\n  mutation RdCreate($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) {\n      treasuryReceivedDebit {\n        id object status failureCode amount currency description network\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name } usBankAccount { bankName last4 routingNumber } }\n        linkedFlows { debitReversal { id } inboundTransfer { id } issuingAuthorization { id } issuingTransaction { id } payout topup }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryReceivedDebit { id } }\n          entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n": types.RdCreateDocument,
    "\n  query RdGet($id: ID!) {\n    treasuryReceivedDebit(id: $id) {\n      id status failureCode network transaction { id } initiatingPaymentMethodDetails { type }\n      reversalDetails { deadline restrictedReason } linkedFlows { inboundTransfer { id } }\n    }\n    node(id: $id) { __typename id }\n  }\n": types.RdGetDocument,
    "\n  query RdList($fa: ID!, $status: TreasuryReceivedDebitStatus) {\n    treasuryReceivedDebits(financialAccount: $fa, status: $status) { nodes { id status failureCode } }\n    treasuryFinancialAccount(id: $fa) { receivedDebits(first: 100) { nodes { id } } }\n  }\n": types.RdListDocument,
    "\n  mutation RdUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.RdUpdateFaDocument,
    "\n  mutation RdCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n": types.RdCloseFaDocument,
    "query RdNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }": types.RdNetworkEnumDocument,
    "\n  mutation MagicCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status expectedArrivalDate } userErrors { code field } }\n  }\n": types.MagicCreateObtDocument,
    "\n  mutation MagicCreateObp($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status expectedArrivalDate } userErrors { code field } }\n  }\n": types.MagicCreateObpDocument,
    "\n  mutation MagicCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code field } }\n  }\n": types.MagicCreateIbtDocument,
    "\n  query MagicObt($id: ID!) {\n    treasuryOutboundTransfer(id: $id) { status transaction { status } returnedDetails { code transaction { status amount } } }\n  }\n": types.MagicObtDocument,
    "\n  query MagicIbt($id: ID!) {\n    treasuryInboundTransfer(id: $id) { status returned failureDetails { code } transaction { status amount } linkedFlows { receivedDebit { id amount status } } }\n  }\n": types.MagicIbtDocument,
    "query MagicPm($id: ID!) { paymentMethod(id: $id) { id livemode usBankAccount { last4 routingNumber bankName } } }": types.MagicPmDocument,
    "subscription MagicEvents($types: [String!]) { events(types: $types) { id type request { id } data { object } } }": types.MagicEventsDocument,
    "\n  mutation BadCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n": types.BadCreateDocument,
    "\n  mutation BadUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n": types.BadUpdateDocument,
    "\n  mutation BadUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type message field } }\n  }\n": types.BadUpdateFeaturesDocument,
    "\n  mutation BadClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code type message field } }\n  }\n": types.BadCloseDocument,
    "\n  query BadRetrieve($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id }\n    treasuryFinancialAccountFeatures(financialAccount: $id) { object }\n    node(id: $id) { id }\n  }\n": types.BadRetrieveDocument,
    "\n  query BadListFas($first: Int, $last: Int, $after: String, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, last: $last, after: $after, before: $before, status: $status) { nodes { id } pageInfo { endCursor } }\n  }\n": types.BadListFasDocument,
    "\n  query BadListEvents($first: Int, $after: String, $type: String, $types: [String!]) {\n    events(first: $first, after: $after, type: $type, types: $types) { nodes { id } pageInfo { endCursor } }\n  }\n": types.BadListEventsDocument,
    "\n  query BadNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n": types.BadNodesDocument,
    "\n  subscription BadUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id } }\n": types.BadUpdatedDocument,
    "\n  query BadLatestEvent { events(first: 1) { nodes { id } } }\n": types.BadLatestEventDocument,
    "subscription BadEventTypes($types: [String!]) { events(types: $types) { id } }": types.BadEventTypesDocument,
    "\n  mutation ResumeCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n": types.ResumeCreateDocument,
    "\n  mutation ResumeUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code message field } }\n  }\n": types.ResumeUpdateFeaturesDocument,
    "\n  mutation ResumeClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n": types.ResumeCloseDocument,
    "\n  subscription ResumeStream($types: [String!], $after: ID) { events(types: $types, after: $after) { id type data { object } } }\n": types.ResumeStreamDocument,
    "\n  mutation IdemCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata status created livemode }\n      userErrors { code type message field }\n    }\n  }\n": types.IdemCreateDocument,
    "\n  mutation IdemUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname metadata } userErrors { code type message field } }\n  }\n": types.IdemUpdateDocument,
    "\n  mutation IdemUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } }\n      userErrors { code type message field }\n    }\n  }\n": types.IdemUpdateFeaturesDocument,
    "\n  mutation IdemClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type message field } }\n  }\n": types.IdemCloseDocument,
    "\n  query IdemEvents { events(first: 100) { nodes { id type data { object } request { id idempotencyKey } } } }\n": types.IdemEventsDocument,
    "\n  mutation LedgerObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code } }\n  }\n": types.LedgerObtCreateDocument,
    "mutation LedgerObtPost($id: ID!) { testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": types.LedgerObtPostDocument,
    "mutation LedgerObtFail($id: ID!) { testHelpersFailTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": types.LedgerObtFailDocument,
    "mutation LedgerObtCancel($id: ID!) { cancelTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": types.LedgerObtCancelDocument,
    "mutation LedgerObtReturn($id: ID!) { testHelpersReturnTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }": types.LedgerObtReturnDocument,
    "\n  mutation LedgerRc($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code } }\n  }\n": types.LedgerRcDocument,
    "\n  mutation LedgerRd($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status failureCode } userErrors { code } }\n  }\n": types.LedgerRdDocument,
    "\n  mutation LedgerPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status } userErrors { code } }\n  }\n": types.LedgerPayDocument,
    "query LedgerCredits($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa, first: 1) { nodes { id amount status } } }": types.LedgerCreditsDocument,
    "\n  mutation LedgerCr($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) { treasuryCreditReversal { id status } userErrors { code } }\n  }\n": types.LedgerCrDocument,
    "\n  mutation LedgerDr($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) { treasuryDebitReversal { id status } userErrors { code } }\n  }\n": types.LedgerDrDocument,
    "\n  mutation LedgerIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n": types.LedgerIbtDocument,
    "mutation LedgerIbtSucceed($id: ID!) { testHelpersSucceedTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { status } userErrors { code } } }": types.LedgerIbtSucceedDocument,
    "mutation LedgerIbtReturn($id: ID!) { testHelpersReturnTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { returned } userErrors { code } } }": types.LedgerIbtReturnDocument,
    "\n  query DeepFlowPage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      nodes {\n        id status amount\n        financialAccount { id status balance { cash { amount } } }\n        transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { id type balanceImpact { cash outboundPending } } } }\n      }\n    }\n  }\n": types.DeepFlowPageDocument,
    "\n  query DeepFlowWidePage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WideObt } }\n    }\n  }\n  fragment WideObt on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n": types.DeepFlowWidePageDocument,
    "\n  query DeepFlowWideNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on TreasuryOutboundTransfer { ...WideObtByLoaders } }\n  }\n  fragment WideObtByLoaders on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n": types.DeepFlowWideNodesDocument,
    "\n  query DeepFlowTree($fa: ID!) {\n    treasuryFinancialAccount(id: $fa) {\n      id\n      outboundTransfers(first: 5) { nodes { id amount transaction { id entries(first: 3) { nodes { id type } } } } }\n      recent: transactions(first: 3) { edges { node { id flowType entries { nodes { id } } } } }\n    }\n  }\n": types.DeepFlowTreeDocument,
    "\n  query DeepFlowPostedOrder($fa: ID!, $after: String) {\n    treasuryTransactions(financialAccount: $fa, status: POSTED, orderBy: POSTED_AT, first: 3, after: $after) {\n      edges { cursor node { id statusTransitions { postedAt } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DeepFlowPostedOrderDocument,
    "\n  mutation SqlCountFaNickname($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": types.SqlCountFaNicknameDocument,
    "\n  mutation SqlCountObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code } }\n  }\n": types.SqlCountObtDocument,
    "\n  mutation SqlCountObtPost($id: ID!) {\n    testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } }\n  }\n": types.SqlCountObtPostDocument,
    "\n  mutation MultiCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n": types.MultiCreateDocument,
    "\n  mutation MultiUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n": types.MultiUpdateDocument,
    "\n  subscription MultiUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n": types.MultiUpdatedDocument,
    "\n  subscription MultiStream($after: ID) { events(after: $after) { id type data { object } } }\n": types.MultiStreamDocument,
    "\n  query MultiLatest { events(first: 1) { nodes { id } } }\n": types.MultiLatestDocument,
    "\n  mutation PreparedObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status amount financialAccount { balance { cash { amount } } } } userErrors { code } }\n  }\n": types.PreparedObtCreateDocument,
    "\n  mutation RateLimitCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n": types.RateLimitCustomerDocument,
    "\n  query RateLimitAccounts { treasuryFinancialAccounts(first: 1) { nodes { id } } }\n": types.RateLimitAccountsDocument,
    "\n  mutation TmRestartFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": types.TmRestartFaDocument,
    "\n  mutation TmRestartIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n": types.TmRestartIbtDocument,
    "\n  query TmRestartState($fa: ID!) {\n    treasuryInboundTransfers(financialAccount: $fa, first: 50) { nodes { id status returned } }\n    treasuryFinancialAccount(id: $fa) { balance { cash { amount } } }\n    events(first: 100) { nodes { type data { object } } }\n  }\n": types.TmRestartStateDocument,
    "\n  mutation WhRestartCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret } userErrors { code message } }\n  }\n": types.WhRestartCreateEndpointDocument,
    "\n  mutation WhRestartCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": types.WhRestartCreateFaDocument,
    "\n  query WhRestartPending { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n": types.WhRestartPendingDocument,
    "\n  query WhRestartAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus error event { id } } } } }\n": types.WhRestartAttemptsDocument,
    "\n  query WhRestartEndpoints { webhookEndpoints(first: 10) { nodes { id } } }\n": types.WhRestartEndpointsDocument,
    "\n  mutation SqlCountCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n": types.SqlCountCreateDocument,
    "\n  query SqlCountList($first: Int!) {\n    treasuryFinancialAccounts(first: $first) {\n      edges {\n        cursor\n        node {\n          id status nickname metadata activeFeatures pendingFeatures restrictedFeatures supportedCurrencies created\n          balance { cash { amount currency } inboundPending { amount currency } outboundPending { amount currency } }\n          features {\n            cardIssuing { requested status statusDetails { code resolution restriction } }\n            financialAddresses { aba { requested status } }\n            outboundTransfers { ach { requested status statusDetails { code } } usDomesticWire { requested status } }\n          }\n          financialAddresses { type supportedNetworks aba { accountNumberLast4 routingNumber bankName } }\n          platformRestrictions { inboundFlows outboundFlows }\n          statusDetails { closed { reasons } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SqlCountListDocument,
    "\n  query SqlCountNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on TreasuryFinancialAccount { status balance { cash { amount currency } } features { cardIssuing { status } } }\n      ... on Event { type data { object } }\n    }\n  }\n": types.SqlCountNodesDocument,
    "\n  query SqlCountEvents($first: Int!) { events(first: $first) { nodes { id type created data { object previousAttributes } request { id idempotencyKey } } } }\n": types.SqlCountEventsDocument,
    "\n  mutation SeedFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.SeedFaDocument,
    "\n  mutation SeedPm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) { paymentMethod { id } userErrors { code message } }\n  }\n": types.SeedPmDocument,
    "\n  query SeedBalance($id: ID!) {\n    treasuryFinancialAccount(id: $id) { balance { cash { amount } inboundPending { amount } outboundPending { amount } } }\n  }\n": types.SeedBalanceDocument,
    "\n  mutation TenancyCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id livemode nickname }\n      userErrors { code message field }\n    }\n  }\n": types.TenancyCreateDocument,
    "\n  query TenancyReads($fa: ID!, $evt: ID!, $ids: [ID!]!) {\n    treasuryFinancialAccount(id: $fa) { id nickname }\n    treasuryFinancialAccountFeatures(financialAccount: $fa) { object }\n    faNode: node(id: $fa) { id }\n    evtNode: node(id: $evt) { id }\n    nodes(ids: $ids) { id }\n    event(id: $evt) { id type }\n  }\n": types.TenancyReadsDocument,
    "\n  query TenancyLists {\n    treasuryFinancialAccounts(first: 100) { nodes { id } }\n    open: treasuryFinancialAccounts(first: 100, status: OPEN) { nodes { id } }\n    events(first: 100) { nodes { id data { object } } }\n  }\n": types.TenancyListsDocument,
    "\n  mutation TenancyUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code type field } }\n  }\n": types.TenancyUpdateDocument,
    "\n  mutation TenancyUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type field } }\n  }\n": types.TenancyUpdateFeaturesDocument,
    "\n  mutation TenancyClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type field } }\n  }\n": types.TenancyCloseDocument,
    "\n  query TenancyGet($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id nickname status metadata activeFeatures }\n  }\n": types.TenancyGetDocument,
    "\n  query TenancyFirstEvent { events(first: 1) { nodes { id type data { object } } } }\n": types.TenancyFirstEventDocument,
    "\n  subscription TenancyUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n": types.TenancyUpdatedDocument,
    "\n  subscription TenancyBalanceUpdated($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount currency } } }\n": types.TenancyBalanceUpdatedDocument,
    "\n  subscription TenancyStream($after: ID) { events(after: $after) { id type livemode data { object } } }\n": types.TenancyStreamDocument,
    "\n  mutation StoryCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit { id status network linkedFlows { sourceFlowType } transaction { status entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n": types.StoryCreditDocument,
    "\n  mutation StoryPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status transaction { status } } userErrors { code message } }\n  }\n": types.StoryPayDocument,
    "\n  query StoryCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) {\n      nodes { id status amount network reversalDetails { restrictedReason }\n        linkedFlows { sourceFlowType creditReversal { id }\n          sourceFlow { __typename ... on TreasuryOutboundPayment { id } ... on TreasuryCreditReversal { id } } } }\n    }\n  }\n": types.StoryCreditsDocument,
    "\n  mutation StoryReverse($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal { id status amount network receivedCredit { id linkedFlows { creditReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n": types.StoryReverseDocument,
    "\n  mutation StoryDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status transaction { status } } userErrors { code message } }\n  }\n": types.StoryDebitDocument,
    "\n  mutation StoryDisputeDebit($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal { id status amount receivedDebit { id linkedFlows { debitReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n": types.StoryDisputeDebitDocument,
    "subscription StoryStream($types: [String!]) { events(types: $types) { type data { object } } }": types.StoryStreamDocument,
    "\n  mutation WhDeliveryCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret status enabledEvents } userErrors { code message field } }\n  }\n": types.WhDeliveryCreateEndpointDocument,
    "\n  mutation WhDeliveryUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id status } userErrors { code message field } }\n  }\n": types.WhDeliveryUpdateEndpointDocument,
    "\n  mutation WhDeliveryDeleteEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id deleted } userErrors { code message field } }\n  }\n": types.WhDeliveryDeleteEndpointDocument,
    "query WhDeliveryEndpoints { webhookEndpoints(first: 100) { nodes { id } } }": types.WhDeliveryEndpointsDocument,
    "\n  mutation WhDeliveryCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.WhDeliveryCreateFaDocument,
    "\n  mutation WhDeliveryUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n": types.WhDeliveryUpdateFaDocument,
    "\n  query WhDeliveryAttempts($id: ID!, $event: ID) {\n    webhookEndpoint(id: $id) {\n      deliveryAttempts(first: 20, event: $event) {\n        nodes { attemptNumber trigger succeeded responseStatus error durationMs created nextRetryAt event { id type } }\n      }\n    }\n  }\n": types.WhDeliveryAttemptsDocument,
    "query WhDeliveryEvent($id: ID!) { event(id: $id) { id type pendingWebhooks data { object } } }": types.WhDeliveryEventDocument,
    "\n  query WhDeliveryEventsBySuccess($ok: Boolean) { events(first: 100, deliverySuccess: $ok) { nodes { id pendingWebhooks } } }\n": types.WhDeliveryEventsBySuccessDocument,
    "\n  query WhDeliveryFaEvents($type: String) { events(first: 100, type: $type) { nodes { id type data { object } } } }\n": types.WhDeliveryFaEventsDocument,
    "\n  mutation WhDeliveryResend($input: ResendEventInput!) {\n    resendEvent(input: $input) { event { id pendingWebhooks } userErrors { code message field } }\n  }\n": types.WhDeliveryResendDocument,
    "\n  mutation WhDrainCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }\n": types.WhDrainCreateEndpointDocument,
    "\n  mutation WhDrainFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n": types.WhDrainFaDocument,
    "\n  mutation WhMultiCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message } }\n  }\n": types.WhMultiCreateEndpointDocument,
    "\n  mutation WhMultiCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n": types.WhMultiCreateFaDocument,
    "\n  query WhMultiEvents { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n": types.WhMultiEventsDocument,
    "\n  query WhMultiAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus event { id } } } } }\n": types.WhMultiAttemptsDocument,
    "\n  mutation WhTargetCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n": types.WhTargetCreateEndpointDocument,
    "\n  mutation WhTargetUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n": types.WhTargetUpdateEndpointDocument,
    "\n  mutation WhTargetDeleteEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id } userErrors { code } } }\n": types.WhTargetDeleteEndpointDocument,
    "\n  mutation WhTargetCreateFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n": types.WhTargetCreateFaDocument,
    "\n  query WhTargetAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 20) { nodes { succeeded responseStatus error } } } }\n": types.WhTargetAttemptsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClimateCatalogue($first: Int, $after: String) {\n    climateProducts(first: $first, after: $after) {\n      nodes { id name deliveryYear metricTonsAvailable currentPricesPerMetricTon { currency amountSubtotal amountFees amountTotal } suppliers { id name removalPathway locations { country region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ClimateCatalogue($first: Int, $after: String) {\n    climateProducts(first: $first, after: $after) {\n      nodes { id name deliveryYear metricTonsAvailable currentPricesPerMetricTon { currency amountSubtotal amountFees amountTotal } suppliers { id name removalPathway locations { country region } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClimateProductById($id: ID!) { climateProduct(id: $id) { id livemode } node(id: $id) { id ... on ClimateProduct { name } } }"): (typeof documents)["query ClimateProductById($id: ID!) { climateProduct(id: $id) { id livemode } node(id: $id) { id ... on ClimateProduct { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClimateOrderT($input: CreateClimateOrderInput!) {\n    createClimateOrder(input: $input) {\n      climateOrder { id status metricTons amountSubtotal amountFees amountTotal currency expectedDeliveryYear beneficiary { publicName } product { id } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClimateOrderT($input: CreateClimateOrderInput!) {\n    createClimateOrder(input: $input) {\n      climateOrder { id status metricTons amountSubtotal amountFees amountTotal currency expectedDeliveryYear beneficiary { publicName } product { id } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateClimateOrderT($input: UpdateClimateOrderInput!) { updateClimateOrder(input: $input) { climateOrder { id beneficiary { publicName } metadata } userErrors { code } } }"): (typeof documents)["mutation UpdateClimateOrderT($input: UpdateClimateOrderInput!) { updateClimateOrder(input: $input) { climateOrder { id beneficiary { publicName } metadata } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelClimateOrderT($input: CancelClimateOrderInput!) { cancelClimateOrder(input: $input) { climateOrder { id status cancellationReason canceledAt } userErrors { code } } }"): (typeof documents)["mutation CancelClimateOrderT($input: CancelClimateOrderInput!) { cancelClimateOrder(input: $input) { climateOrder { id status cancellationReason canceledAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClimateOrderT($id: ID!) { climateOrder(id: $id) { id status confirmedAt deliveredAt deliveryDetails { metricTons supplier { id } } } }"): (typeof documents)["query ClimateOrderT($id: ID!) { climateOrder(id: $id) { id status confirmedAt deliveredAt deliveryDetails { metricTons supplier { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClimateOrderEventsT { events(types: [\"climate.order.*\"], first: 20) { nodes { type } } }"): (typeof documents)["query ClimateOrderEventsT { events(types: [\"climate.order.*\"], first: 20) { nodes { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnrCreate($input: CreateCryptoOnrampSessionInput!) {\n    createCryptoOnrampSession(input: $input) {\n      cryptoOnrampSession {\n        id status clientSecret kycDetailsProvided\n        transactionDetails { sourceAmount sourceCurrency destinationAmount destinationCurrency destinationNetwork walletAddress fees transactionId }\n      }\n      userErrors { code field }\n    }\n  }\n"): (typeof documents)["\n  mutation OnrCreate($input: CreateCryptoOnrampSessionInput!) {\n    createCryptoOnrampSession(input: $input) {\n      cryptoOnrampSession {\n        id status clientSecret kycDetailsProvided\n        transactionDetails { sourceAmount sourceCurrency destinationAmount destinationCurrency destinationNetwork walletAddress fees transactionId }\n      }\n      userErrors { code field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnrCheckout($input: CheckoutCryptoOnrampSessionInput!) {\n    checkoutCryptoOnrampSession(input: $input) { cryptoOnrampSession { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation OnrCheckout($input: CheckoutCryptoOnrampSessionInput!) {\n    checkoutCryptoOnrampSession(input: $input) { cryptoOnrampSession { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnrQuote($input: QuoteCryptoOnrampSessionInput!) {\n    quoteCryptoOnrampSession(input: $input) { cryptoOnrampSession { status transactionDetails { sourceAmount destinationAmount fees } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation OnrQuote($input: QuoteCryptoOnrampSessionInput!) {\n    quoteCryptoOnrampSession(input: $input) { cryptoOnrampSession { status transactionDetails { sourceAmount destinationAmount fees } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnrGet($id: ID!) {\n    cryptoOnrampSession(id: $id) { status transactionDetails { transactionId destinationAmount } }\n    cryptoOnrampSessions(status: FULFILLMENT_COMPLETE, destinationCurrency: ETH) { nodes { id } }\n  }\n"): (typeof documents)["\n  query OnrGet($id: ID!) {\n    cryptoOnrampSession(id: $id) { status transactionDetails { transactionId destinationAmount } }\n    cryptoOnrampSessions(status: FULFILLMENT_COMPLETE, destinationCurrency: ETH) { nodes { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnrClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OnrClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OnrAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation OnrAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OnrUpdated($id: ID!) { cryptoOnrampSessionUpdated(id: $id) { status } }"): (typeof documents)["subscription OnrUpdated($id: ID!) { cryptoOnrampSessionUpdated(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateFeatureT($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id name lookupKey active } userErrors { code field } } }"): (typeof documents)["mutation CreateFeatureT($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id name lookupKey active } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateFeatureT($input: UpdateEntitlementsFeatureInput!) { updateEntitlementsFeature(input: $input) { entitlementsFeature { id name active } userErrors { code } } }"): (typeof documents)["mutation UpdateFeatureT($input: UpdateEntitlementsFeatureInput!) { updateEntitlementsFeature(input: $input) { entitlementsFeature { id name active } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeaturesT($archived: Boolean, $lookupKey: String) { entitlementsFeatures(archived: $archived, lookupKey: $lookupKey) { nodes { id } } }"): (typeof documents)["query FeaturesT($archived: Boolean, $lookupKey: String) { entitlementsFeatures(archived: $archived, lookupKey: $lookupKey) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AttachFeatureT($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id entitlementFeature { id lookupKey } } userErrors { code field } } }"): (typeof documents)["mutation AttachFeatureT($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id entitlementFeature { id lookupKey } } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DetachFeatureT($input: DeleteProductFeatureInput!) { deleteProductFeature(input: $input) { deletedProductFeature { id deleted } userErrors { code } } }"): (typeof documents)["mutation DetachFeatureT($input: DeleteProductFeatureInput!) { deleteProductFeature(input: $input) { deletedProductFeature { id deleted } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductFeaturesT($id: ID!) { product(id: $id) { features { nodes { id entitlementFeature { lookupKey } } } } }"): (typeof documents)["query ProductFeaturesT($id: ID!) { product(id: $id) { features { nodes { id entitlementFeature { lookupKey } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }"): (typeof documents)["mutation EntProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code } } }"): (typeof documents)["mutation EntPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }"): (typeof documents)["mutation EntCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id amountTotal } userErrors { code message } } }"): (typeof documents)["mutation EntOrder($input: CreateOrderInput!) { createOrder(input: $input) { order { id amountTotal } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EntSubmit($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status } userErrors { code message } } }"): (typeof documents)["mutation EntSubmit($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActiveT($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { id lookupKey feature { id } } } }"): (typeof documents)["query ActiveT($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { id lookupKey feature { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActiveOneT($id: ID!) { entitlementsActiveEntitlement(id: $id) { id lookupKey } }"): (typeof documents)["query ActiveOneT($id: ID!) { entitlementsActiveEntitlement(id: $id) { id lookupKey } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SummariesT { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }"): (typeof documents)["query SummariesT { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id object apiVersion application created description enabledEvents livemode metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WeCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      webhookEndpoint { id object apiVersion application created description enabledEvents livemode metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id description enabledEvents metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation WeUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      webhookEndpoint { id description enabledEvents metadata secret status url }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id object deleted } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation WeDelete($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id object deleted } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WeGet($id: ID!) { webhookEndpoint(id: $id) { id secret status url enabledEvents } }"): (typeof documents)["query WeGet($id: ID!) { webhookEndpoint(id: $id) { id secret status url enabledEvents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeList($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) { nodes { id secret } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query WeList($first: Int, $after: String) {\n    webhookEndpoints(first: $first, after: $after) { nodes { id secret } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WeNode($id: ID!) { node(id: $id) { __typename id } }"): (typeof documents)["query WeNode($id: ID!) { node(id: $id) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeResend($input: ResendEventInput!) { resendEvent(input: $input) { event { id } userErrors { code message field } } }\n"): (typeof documents)["\n  mutation WeResend($input: ResendEventInput!) { resendEvent(input: $input) { event { id } userErrors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WeFirstEvent { events(first: 1) { nodes { id } } }"): (typeof documents)["query WeFirstEvent { events(first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation WeCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WeUpdated($id: ID!) { webhookEndpointUpdated(id: $id) { id status description } }"): (typeof documents)["subscription WeUpdated($id: ID!) { webhookEndpointUpdated(id: $id) { id status description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FwdCreatePm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) {\n      paymentMethod { id type card { brand last4 expMonth expYear funding country fingerprint checks { cvcCheck } } billingDetails { name } usBankAccount { last4 } }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation FwdCreatePm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) {\n      paymentMethod { id type card { brand last4 expMonth expYear funding country fingerprint checks { cvcCheck } } billingDetails { name } usBankAccount { last4 } }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FwdCreate($input: CreateForwardingRequestInput!) {\n    createForwardingRequest(input: $input) {\n      forwardingRequest {\n        id url replacements metadata paymentMethod { id card { last4 } }\n        requestDetails { httpMethod body headers { name value } }\n        requestContext { destinationDuration destinationIpAddress }\n        responseDetails { status body headers { name value } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation FwdCreate($input: CreateForwardingRequestInput!) {\n    createForwardingRequest(input: $input) {\n      forwardingRequest {\n        id url replacements metadata paymentMethod { id card { last4 } }\n        requestDetails { httpMethod body headers { name value } }\n        requestContext { destinationDuration destinationIpAddress }\n        responseDetails { status body headers { name value } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FwdGet($id: ID!) {\n    forwardingRequest(id: $id) { id requestDetails { body } }\n    forwardingRequests(first: 10) { nodes { id } }\n  }\n"): (typeof documents)["\n  query FwdGet($id: ID!) {\n    forwardingRequest(id: $id) { id requestDetails { body } }\n    forwardingRequests(first: 10) { nodes { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbInstructions($input: CreateIssuingFundingInstructionsInput!) {\n    createIssuingFundingInstructions(input: $input) {\n      fundingInstructions {\n        id currency fundingType livemode\n        bankTransfer { country type financialAddresses { type supportedNetworks iban { iban bic country accountHolderName } sortCode { sortCode accountNumber } aba { routingNumber accountNumber } } }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation IbInstructions($input: CreateIssuingFundingInstructionsInput!) {\n    createIssuingFundingInstructions(input: $input) {\n      fundingInstructions {\n        id currency fundingType livemode\n        bankTransfer { country type financialAddresses { type supportedNetworks iban { iban bic country accountHolderName } sortCode { sortCode accountNumber } aba { routingNumber accountNumber } } }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IbInstructionList { issuingFundingInstructions(first: 10) { nodes { id currency bankTransfer { type } } } }"): (typeof documents)["query IbInstructionList { issuingFundingInstructions(first: 10) { nodes { id currency bankTransfer { type } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbFund($input: TestHelpersFundIssuingBalanceInput!) {\n    testHelpersFundIssuingBalance(input: $input) { fundingInstructions { id currency bankTransfer { type } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation IbFund($input: TestHelpersFundIssuingBalanceInput!) {\n    testHelpersFundIssuingBalance(input: $input) { fundingInstructions { id currency bankTransfer { type } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IbBalance { issuingBalance { available { amount currency } held { amount currency } } }"): (typeof documents)["query IbBalance { issuingBalance { available { amount currency } held { amount currency } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IbBalanceUpdated { issuingBalanceUpdated { available { amount currency } held { amount } } }"): (typeof documents)["subscription IbBalanceUpdated { issuingBalanceUpdated { available { amount currency } held { amount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbHolder($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation IbHolder($input: CreateIssuingCardholderInput!) { createIssuingCardholder(input: $input) { issuingCardholder { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) { issuingCard { id personalizationDesign { id } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation IbCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) { issuingCard { id personalizationDesign { id } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status approved amount requestHistory { reason } treasury { transaction { id } } } userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation IbAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status approved amount requestHistory { reason } treasury { transaction { id } } } userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) { issuingAuthorization { id amount requestHistory { approved reason } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) { issuingAuthorization { id amount requestHistory { approved reason } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) { issuingAuthorization { id status amount } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) { issuingAuthorization { id status amount } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) { issuingAuthorization { id status transactions { id amount treasury { receivedDebit { id } } } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) { issuingAuthorization { id status transactions { id amount treasury { receivedDebit { id } } } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) { issuingTransaction { id type amount } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) { issuingTransaction { id type amount } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id amount created } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id amount created } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount treasury { debitReversal { id } } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation IbDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount treasury { debitReversal { id } } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbSubmit($input: SubmitIssuingDisputeInput!) { submitIssuingDispute(input: $input) { issuingDispute { id status } userErrors { code } } }\n"): (typeof documents)["\n  mutation IbSubmit($input: SubmitIssuingDisputeInput!) { submitIssuingDispute(input: $input) { issuingDispute { id status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IbGetDispute($id: ID!) { issuingDispute(id: $id) { id status } }"): (typeof documents)["query IbGetDispute($id: ID!) { issuingDispute(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation IbClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbUpdateDesign($input: UpdateIssuingPersonalizationDesignInput!) {\n    updateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbUpdateDesign($input: UpdateIssuingPersonalizationDesignInput!) {\n    updateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id preferences { isDefault } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbActivateDesign($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation IbActivateDesign($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IbDesigns($isDefault: Boolean) { issuingPersonalizationDesigns(first: 10, preferences: { isDefault: $isDefault }) { nodes { id preferences { isDefault } } } }\n"): (typeof documents)["\n  query IbDesigns($isDefault: Boolean) { issuingPersonalizationDesigns(first: 10, preferences: { isDefault: $isDefault }) { nodes { id preferences { isDefault } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsHolder($input: CreateIssuingCardholderInput!) {\n    createIssuingCardholder(input: $input) { issuingCardholder { id status requirements { disabledReason pastDue } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation IsHolder($input: CreateIssuingCardholderInput!) {\n    createIssuingCardholder(input: $input) { issuingCardholder { id status requirements { disabledReason pastDue } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) {\n      issuingCard {\n        id type status brand last4 expYear cancellationReason replacementReason\n        financialAccount { id } cardholder { id } replacementFor { id } replacedBy { id }\n        shipping { status carrier eta service trackingNumber trackingUrl shippedAt deliveredAt }\n        spendingControls { spendingLimitsCurrency spendingLimits { amount interval } }\n        wallets { applePay { eligible ineligibleReason } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IsCard($input: CreateIssuingCardInput!) {\n    createIssuingCard(input: $input) {\n      issuingCard {\n        id type status brand last4 expYear cancellationReason replacementReason\n        financialAccount { id } cardholder { id } replacementFor { id } replacedBy { id }\n        shipping { status carrier eta service trackingNumber trackingUrl shippedAt deliveredAt }\n        spendingControls { spendingLimitsCurrency spendingLimits { amount interval } }\n        wallets { applePay { eligible ineligibleReason } }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsUpdateCard($input: UpdateIssuingCardInput!) {\n    updateIssuingCard(input: $input) { issuingCard { id status cancellationReason replacedBy { id } shipping { status } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IsUpdateCard($input: UpdateIssuingCardInput!) {\n    updateIssuingCard(input: $input) { issuingCard { id status cancellationReason replacedBy { id } shipping { status } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsGetCard($id: ID!) { issuingCard(id: $id) { id status cancellationReason replacedBy { id } shipping { status } } }\n"): (typeof documents)["\n  query IsGetCard($id: ID!) { issuingCard(id: $id) { id status cancellationReason replacedBy { id } shipping { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsShip($input: TestHelpersShipIssuingCardInput!) {\n    testHelpersShipIssuingCard(input: $input) { issuingCard { id status shipping { status carrier trackingNumber trackingUrl shippedAt } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IsShip($input: TestHelpersShipIssuingCardInput!) {\n    testHelpersShipIssuingCard(input: $input) { issuingCard { id status shipping { status carrier trackingNumber trackingUrl shippedAt } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsDeliver($input: TestHelpersDeliverIssuingCardInput!) {\n    testHelpersDeliverIssuingCard(input: $input) { issuingCard { id shipping { status deliveredAt } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IsDeliver($input: TestHelpersDeliverIssuingCardInput!) {\n    testHelpersDeliverIssuingCard(input: $input) { issuingCard { id shipping { status deliveredAt } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IsCardUpdated($id: ID!) { issuingCardUpdated(id: $id) { id shipping { status } } }\n"): (typeof documents)["\n  subscription IsCardUpdated($id: ID!) { issuingCardUpdated(id: $id) { id shipping { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status approved amount\n        requestHistory { amount approved reason authorizationCode }\n        treasury { transaction { id status flowType balanceImpact { cash outboundPending } } }\n        fraudChallenges { channel status undeliverableReason }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IsAuthorize($input: TestHelpersCreateIssuingAuthorizationInput!) {\n    testHelpersCreateIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status approved amount\n        requestHistory { amount approved reason authorizationCode }\n        treasury { transaction { id status flowType balanceImpact { cash outboundPending } } }\n        fraudChallenges { channel status undeliverableReason }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount requestHistory { amount approved reason } } userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IsIncrement($input: TestHelpersIncrementIssuingAuthorizationInput!) {\n    testHelpersIncrementIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount requestHistory { amount approved reason } } userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status amount\n        transactions { id type amount card { id } treasury { receivedDebit { id amount network status linkedFlows { issuingTransaction { id } issuingAuthorization { id } } } } }\n        treasury { receivedDebits transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IsCapture($input: TestHelpersCaptureIssuingAuthorizationInput!) {\n    testHelpersCaptureIssuingAuthorization(input: $input) {\n      issuingAuthorization {\n        id status amount\n        transactions { id type amount card { id } treasury { receivedDebit { id amount network status linkedFlows { issuingTransaction { id } issuingAuthorization { id } } } } }\n        treasury { receivedDebits transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount treasury { transaction { id status balanceImpact { cash outboundPending } } } } userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IsReverse($input: TestHelpersReverseIssuingAuthorizationInput!) {\n    testHelpersReverseIssuingAuthorization(input: $input) {\n      issuingAuthorization { id status amount treasury { transaction { id status balanceImpact { cash outboundPending } } } } userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount authorization { id transactions { id } treasury { receivedCredits } } treasury { receivedCredit { id amount status } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IsRefund($input: TestHelpersRefundIssuingTransactionInput!) {\n    testHelpersRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount authorization { id transactions { id } treasury { receivedCredits } } treasury { receivedCredit { id amount status } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id type amount authorization { id } treasury { receivedDebit { id } } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IsForce($input: TestHelpersCreateForceCaptureIssuingTransactionInput!) {\n    testHelpersCreateForceCaptureIssuingTransaction(input: $input) { issuingTransaction { id type amount authorization { id } treasury { receivedDebit { id } } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsUnlinked($input: TestHelpersCreateUnlinkedRefundIssuingTransactionInput!) {\n    testHelpersCreateUnlinkedRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount treasury { receivedCredit { id network } } } userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IsUnlinked($input: TestHelpersCreateUnlinkedRefundIssuingTransactionInput!) {\n    testHelpersCreateUnlinkedRefundIssuingTransaction(input: $input) {\n      issuingTransaction { id type amount treasury { receivedCredit { id network } } } userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsGraph($holder: ID!) {\n    issuingCardholder(id: $holder) {\n      cards(first: 10) { nodes { id authorizations(first: 10) { nodes { id status transactions { id type } } } transactions(first: 10) { nodes { id type } } } }\n    }\n  }\n"): (typeof documents)["\n  query IsGraph($holder: ID!) {\n    issuingCardholder(id: $holder) {\n      cards(first: 10) { nodes { id authorizations(first: 10) { nodes { id status transactions { id type } } } transactions(first: 10) { nodes { id type } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount transaction { id dispute { id } } treasury { receivedDebit { id } debitReversal { id } } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation IsDispute($input: CreateIssuingDisputeInput!) {\n    createIssuingDispute(input: $input) { issuingDispute { id status amount transaction { id dispute { id } } treasury { receivedDebit { id } debitReversal { id } } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsSubmit($input: SubmitIssuingDisputeInput!) {\n    submitIssuingDispute(input: $input) {\n      issuingDispute { id status treasury { debitReversal { id status amount linkedFlows { issuingDispute { id } } } } } userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IsSubmit($input: SubmitIssuingDisputeInput!) {\n    submitIssuingDispute(input: $input) {\n      issuingDispute { id status treasury { debitReversal { id status amount linkedFlows { issuingDispute { id } } } } } userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsGetDispute($id: ID!) { issuingDispute(id: $id) { id status lossReason treasury { debitReversal { id status } } } }\n"): (typeof documents)["\n  query IsGetDispute($id: ID!) { issuingDispute(id: $id) { id status lossReason treasury { debitReversal { id status } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status physicalBundle { id features { cardLogo } } } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation IsDesign($input: CreateIssuingPersonalizationDesignInput!) {\n    createIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status physicalBundle { id features { cardLogo } } } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsActivate($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IsActivate($input: TestHelpersActivateIssuingPersonalizationDesignInput!) {\n    testHelpersActivateIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsReject($input: TestHelpersRejectIssuingPersonalizationDesignInput!) {\n    testHelpersRejectIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status rejectionReasons { cardLogo carrierText } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IsReject($input: TestHelpersRejectIssuingPersonalizationDesignInput!) {\n    testHelpersRejectIssuingPersonalizationDesign(input: $input) { issuingPersonalizationDesign { id status rejectionReasons { cardLogo carrierText } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsBundles { issuingPhysicalBundles(first: 10, type: STANDARD) { nodes { id type status } } }"): (typeof documents)["query IsBundles { issuingPhysicalBundles(first: 10, type: STANDARD) { nodes { id type status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersActivateTax {\n    updateTaxSettings(input: { headOffice: { address: { country: \"US\", state: \"CA\" } }, defaults: { taxCode: \"txcd_10000000\", taxBehavior: EXCLUSIVE } }) { userErrors { code } }\n    createTaxRegistration(input: { country: \"US\", countryOptions: { us: { state: \"CA\", type: STATE_SALES_TAX } }, activeFrom: \"now\" }) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation OrdersActivateTax {\n    updateTaxSettings(input: { headOffice: { address: { country: \"US\", state: \"CA\" } }, defaults: { taxCode: \"txcd_10000000\", taxBehavior: EXCLUSIVE } }) { userErrors { code } }\n    createTaxRegistration(input: { country: \"US\", countryOptions: { us: { state: \"CA\", type: STATE_SALES_TAX } }, activeFrom: \"now\" }) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }"): (typeof documents)["mutation OrdersProduct($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code message } } }"): (typeof documents)["mutation OrdersPrice($input: CreatePriceInput!) { createPrice(input: $input) { price { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersDefaultPrice($input: UpdateProductInput!) { updateProduct(input: $input) { product { id defaultPrice { id unitAmount } } userErrors { code } } }"): (typeof documents)["mutation OrdersDefaultPrice($input: UpdateProductInput!) { updateProduct(input: $input) { product { id defaultPrice { id unitAmount } } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrderT($input: CreateOrderInput!) { createOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } lineItems { nodes { id description quantity amountSubtotal amountTotal price { id unitAmount } } } } userErrors { code field message } } }"): (typeof documents)["mutation CreateOrderT($input: CreateOrderInput!) { createOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } lineItems { nodes { id description quantity amountSubtotal amountTotal price { id unitAmount } } } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal } lineItems { nodes { description quantity amountSubtotal amountTax amountTotal } } } userErrors { code field message } } }"): (typeof documents)["mutation UpdateOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id status amountSubtotal amountTotal automaticTax { enabled status } totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal } lineItems { nodes { description quantity amountSubtotal amountTax amountTotal } } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitOrderT($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status amountTotal payment { status paymentIntent { id status amount currency description } } } userErrors { code field message } } }"): (typeof documents)["mutation SubmitOrderT($input: SubmitOrderInput!) { submitOrder(input: $input) { order { id status amountTotal payment { status paymentIntent { id status amount currency description } } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReopenOrderT($input: ReopenOrderInput!) { reopenOrder(input: $input) { order { id status payment { status } } userErrors { code message } } }"): (typeof documents)["mutation ReopenOrderT($input: ReopenOrderInput!) { reopenOrder(input: $input) { order { id status payment { status } } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelOrderT($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } userErrors { code message } } }"): (typeof documents)["mutation CancelOrderT($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderT($id: ID!) { order(id: $id) { id status payment { status paymentIntent { id status amountReceived lastPaymentError { code } } } } }"): (typeof documents)["query OrderT($id: ID!) { order(id: $id) { id status payment { status paymentIntent { id status amountReceived lastPaymentError { code } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderIntentT($id: ID!) { paymentIntent(id: $id) { status cancellationReason } }"): (typeof documents)["query OrderIntentT($id: ID!) { paymentIntent(id: $id) { status cancellationReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderIntentEventsT { events(types: [\"payment_intent.*\"], first: 50) { nodes { type } } }"): (typeof documents)["query OrderIntentEventsT { events(types: [\"payment_intent.*\"], first: 50) { nodes { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersFeature($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id } userErrors { code } } }"): (typeof documents)["mutation OrdersFeature($input: CreateEntitlementsFeatureInput!) { createEntitlementsFeature(input: $input) { entitlementsFeature { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersAttach($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id } userErrors { code field } } }"): (typeof documents)["mutation OrdersAttach($input: CreateProductFeatureInput!) { createProductFeature(input: $input) { productFeature { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersEntitled($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { lookupKey } } }"): (typeof documents)["query OrdersEntitled($customer: ID!) { entitlementsActiveEntitlements(customer: $customer) { nodes { lookupKey } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersSummaries { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }"): (typeof documents)["query OrdersSummaries { events(types: [\"entitlements.active_entitlement_summary.updated\"], first: 20) { nodes { data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OrderUpdatedT($id: ID!) { orderUpdated(id: $id) { id status } }"): (typeof documents)["subscription OrderUpdatedT($id: ID!) { orderUpdated(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderEventsT { events(types: [\"order.*\"], first: 50) { nodes { type data { object } } } }"): (typeof documents)["query OrderEventsT { events(types: [\"order.*\"], first: 50) { nodes { type data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCoupon($input: CreateCouponInput!) { createCoupon(input: $input) { coupon { id valid timesRedeemed } userErrors { code field } } }"): (typeof documents)["mutation OrdersCoupon($input: CreateCouponInput!) { createCoupon(input: $input) { coupon { id valid timesRedeemed } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id code promotion { type coupon { id } } } userErrors { code field } } }"): (typeof documents)["mutation OrdersPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id code promotion { type coupon { id } } } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersRestrictedPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } userErrors { code field message } } }"): (typeof documents)["mutation OrdersRestrictedPromo($input: CreatePromotionCodeInput!) { createPromotionCode(input: $input) { promotionCode { id restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersUpdatePromo($input: UpdatePromotionCodeInput!) { updatePromotionCode(input: $input) { promotionCode { id restrictions { currencyOptions { currency minimumAmount } } } userErrors { code field message } } }"): (typeof documents)["mutation OrdersUpdatePromo($input: UpdatePromotionCodeInput!) { updatePromotionCode(input: $input) { promotionCode { id restrictions { currencyOptions { currency minimumAmount } } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersPromoCount { promotionCodes(first: 100) { nodes { id } } }"): (typeof documents)["query OrdersPromoCount { promotionCodes(first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersPromoRestrictions($id: ID!) { promotionCode(id: $id) { restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } }"): (typeof documents)["query OrdersPromoRestrictions($id: ID!) { promotionCode(id: $id) { restrictions { firstTimeTransaction minimumAmount minimumAmountCurrency currencyOptions { currency minimumAmount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersCount { orders(first: 100) { nodes { id } } }"): (typeof documents)["query OrdersCount { orders(first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersRate($input: CreateShippingRateInput!) { createShippingRate(input: $input) { shippingRate { id fixedAmount { amount currency } taxBehavior deliveryEstimate { minimum { unit value } } } userErrors { code field } } }"): (typeof documents)["mutation OrdersRate($input: CreateShippingRateInput!) { createShippingRate(input: $input) { shippingRate { id fixedAmount { amount currency } taxBehavior deliveryEstimate { minimum { unit value } } } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }"): (typeof documents)["mutation OrdersCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscountedOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id amountSubtotal amountTotal discounts totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal shippingRate { id displayName } }\n    lineItems { nodes { amountSubtotal amountDiscount amountTax amountTotal } } } userErrors { code field message } } }"): (typeof documents)["mutation DiscountedOrderT($input: UpdateOrderInput!) {\n  updateOrder(input: $input) { order { id amountSubtotal amountTotal discounts totalDetails { amountDiscount amountShipping amountTax }\n    shippingCost { amountSubtotal amountTax amountTotal shippingRate { id displayName } }\n    lineItems { nodes { amountSubtotal amountDiscount amountTax amountTotal } } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersRedeemed($c: ID!, $p: ID!) { coupon(id: $c) { timesRedeemed valid } promotionCode(id: $p) { timesRedeemed } }"): (typeof documents)["query OrdersRedeemed($c: ID!, $p: ID!) { coupon(id: $c) { timesRedeemed valid } promotionCode(id: $p) { timesRedeemed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersReaderClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OrdersReaderClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersReaderLocation($input: CreateTerminalLocationInput!) { createTerminalLocation(input: $input) { terminalLocation { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OrdersReaderLocation($input: CreateTerminalLocationInput!) { createTerminalLocation(input: $input) { terminalLocation { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersReaderRegister($input: CreateTerminalReaderInput!) { createTerminalReader(input: $input) { terminalReader { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OrdersReaderRegister($input: CreateTerminalReaderInput!) { createTerminalReader(input: $input) { terminalReader { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersReaderProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { action { status } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation OrdersReaderProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { action { status } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersReaderPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) { terminalReader { action { status failureCode } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation OrdersReaderPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) { terminalReader { action { status failureCode } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersForgedPi($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { paymentIntent { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation OrdersForgedPi($input: CreatePaymentIntentInput!) { createPaymentIntent(input: $input) { paymentIntent { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderPaidT($id: ID!) { order(id: $id) { status payment { status paymentIntent { id status amountReceived paymentMethod { type } } } } }\n"): (typeof documents)["\n  query OrderPaidT($id: ID!) { order(id: $id) { status payment { status paymentIntent { id status amountReceived paymentMethod { type } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiptObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id hostedRegulatoryReceiptUrl } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ReceiptObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id hostedRegulatoryReceiptUrl } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReceiptGet($id: ID!) { treasuryOutboundTransfer(id: $id) { hostedRegulatoryReceiptUrl } }"): (typeof documents)["query ReceiptGet($id: ID!) { treasuryOutboundTransfer(id: $id) { hostedRegulatoryReceiptUrl } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaxSettingsNow { taxSettings { status statusDetails { pending { missingFields } } defaults { taxCode taxBehavior provider } headOffice { address { country state } } } }"): (typeof documents)["query TaxSettingsNow { taxSettings { status statusDetails { pending { missingFields } } defaults { taxCode taxBehavior provider } headOffice { address { country state } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaxSettingsT($input: UpdateTaxSettingsInput!) {\n    updateTaxSettings(input: $input) { taxSettings { status defaults { taxCode taxBehavior } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UpdateTaxSettingsT($input: UpdateTaxSettingsInput!) {\n    updateTaxSettings(input: $input) { taxSettings { status defaults { taxCode taxBehavior } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTaxRegistrationT($input: CreateTaxRegistrationInput!) {\n    createTaxRegistration(input: $input) { taxRegistration { id status country activeFrom expiresAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CreateTaxRegistrationT($input: CreateTaxRegistrationInput!) {\n    createTaxRegistration(input: $input) { taxRegistration { id status country activeFrom expiresAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaxRegistrationT($input: UpdateTaxRegistrationInput!) {\n    updateTaxRegistration(input: $input) { taxRegistration { id status expiresAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UpdateTaxRegistrationT($input: UpdateTaxRegistrationInput!) {\n    updateTaxRegistration(input: $input) { taxRegistration { id status expiresAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaxRegistrationsT($status: TaxRegistrationListStatus) { taxRegistrations(status: $status, first: 20) { nodes { id country status } } }"): (typeof documents)["query TaxRegistrationsT($status: TaxRegistrationListStatus) { taxRegistrations(status: $status, first: 20) { nodes { id country status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTaxCalculationT($input: CreateTaxCalculationInput!) {\n    createTaxCalculation(input: $input) {\n      taxCalculation {\n        id amountTotal taxAmountExclusive taxAmountInclusive expiresAt\n        taxBreakdown { amount inclusive taxableAmount taxabilityReason taxRateDetails { percentageDecimal country state taxType } }\n        lineItems { nodes { id amount amountTax reference taxBehavior taxCode taxBreakdown { amount taxableAmount taxabilityReason jurisdiction { country state displayName } } } }\n        shippingCost { amount amountTax }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTaxCalculationT($input: CreateTaxCalculationInput!) {\n    createTaxCalculation(input: $input) {\n      taxCalculation {\n        id amountTotal taxAmountExclusive taxAmountInclusive expiresAt\n        taxBreakdown { amount inclusive taxableAmount taxabilityReason taxRateDetails { percentageDecimal country state taxType } }\n        lineItems { nodes { id amount amountTax reference taxBehavior taxCode taxBreakdown { amount taxableAmount taxabilityReason jurisdiction { country state displayName } } } }\n        shippingCost { amount amountTax }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxCalculationLevelsT($id: ID!) {\n    taxCalculation(id: $id) { lineItems { nodes { taxBreakdown { jurisdiction { level state } taxRateDetails { taxType } } } } }\n  }\n"): (typeof documents)["\n  query TaxCalculationLevelsT($id: ID!) {\n    taxCalculation(id: $id) { lineItems { nodes { taxBreakdown { jurisdiction { level state } taxRateDetails { taxType } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTaxTransactionT($input: CreateFromCalculationTaxTransactionInput!) {\n    createFromCalculationTaxTransaction(input: $input) {\n      taxTransaction { id type reference lineItems { nodes { id amount amountTax reference type } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTaxTransactionT($input: CreateFromCalculationTaxTransactionInput!) {\n    createFromCalculationTaxTransaction(input: $input) {\n      taxTransaction { id type reference lineItems { nodes { id amount amountTax reference type } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseTaxTransactionT($input: CreateReversalTaxTransactionInput!) {\n    createReversalTaxTransaction(input: $input) {\n      taxTransaction { id type reversal { originalTransaction { id } } lineItems { nodes { amount amountTax reference type reversal { originalLineItem } } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReverseTaxTransactionT($input: CreateReversalTaxTransactionInput!) {\n    createReversalTaxTransaction(input: $input) {\n      taxTransaction { id type reversal { originalTransaction { id } } lineItems { nodes { amount amountTax reference type reversal { originalLineItem } } } shippingCost { amount amountTax } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxCalculationLinesT($id: ID!, $after: String) {\n    taxCalculation(id: $id) { lineItems(first: 1, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query TaxCalculationLinesT($id: ID!, $after: String) {\n    taxCalculation(id: $id) { lineItems(first: 1, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaxClockT($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }"): (typeof documents)["mutation TaxClockT($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TaxAdvanceT($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }"): (typeof documents)["mutation TaxAdvanceT($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaxSettingsEvents { events(types: [\"tax.settings.updated\"], first: 5) { nodes { type } } }"): (typeof documents)["query TaxSettingsEvents { events(types: [\"tax.settings.updated\"], first: 5) { nodes { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThwSkus($country: String!, $product: ID, $status: TerminalHardwareSkuStatus) {\n    terminalHardwareSkus(country: $country, product: $product, status: $status, first: 20) {\n      nodes { id amount currency country orderable status product { id type } }\n    }\n  }\n"): (typeof documents)["\n  query ThwSkus($country: String!, $product: ID, $status: TerminalHardwareSkuStatus) {\n    terminalHardwareSkus(country: $country, product: $product, status: $status, first: 20) {\n      nodes { id amount currency country orderable status product { id type } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThwProducts($status: TerminalHardwareProductStatus) { terminalHardwareProducts(status: $status, first: 20) { nodes { id type status unavailableAfter } } }\n"): (typeof documents)["\n  query ThwProducts($status: TerminalHardwareProductStatus) { terminalHardwareProducts(status: $status, first: 20) { nodes { id type status unavailableAfter } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThwMethods($country: String!, $name: TerminalHardwareShippingMethodName) {\n    terminalHardwareShippingMethods(country: $country, name: $name, first: 20) { nodes { id name country status estimatedDeliveryWindow { minimumDate maximumDate } } }\n  }\n"): (typeof documents)["\n  query ThwMethods($country: String!, $name: TerminalHardwareShippingMethodName) {\n    terminalHardwareShippingMethods(country: $country, name: $name, first: 20) { nodes { id name country status estimatedDeliveryWindow { minimumDate maximumDate } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThwCreate($input: CreateTerminalHardwareOrderInput!) {\n    createTerminalHardwareOrder(input: $input) {\n      terminalHardwareOrder {\n        id status amount currency tax paymentType poNumber updated\n        hardwareOrderItems { amount currency quantity terminalHardwareSku { id amount country currency product { id type } } }\n        shipping { amount currency name company email phone address { line1 city state postalCode country } }\n        shippingMethod { id name }\n        totalTaxAmounts { amount inclusive rate { displayName jurisdiction percentage } }\n        shipmentTracking { carrier trackingNumber }\n      }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ThwCreate($input: CreateTerminalHardwareOrderInput!) {\n    createTerminalHardwareOrder(input: $input) {\n      terminalHardwareOrder {\n        id status amount currency tax paymentType poNumber updated\n        hardwareOrderItems { amount currency quantity terminalHardwareSku { id amount country currency product { id type } } }\n        shipping { amount currency name company email phone address { line1 city state postalCode country } }\n        shippingMethod { id name }\n        totalTaxAmounts { amount inclusive rate { displayName jurisdiction percentage } }\n        shipmentTracking { carrier trackingNumber }\n      }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThwCancel($input: CancelTerminalHardwareOrderInput!) {\n    cancelTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status updated } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ThwCancel($input: CancelTerminalHardwareOrderInput!) {\n    cancelTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status updated } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThwReady($input: TestHelpersMarkReadyToShipTerminalHardwareOrderInput!) {\n    testHelpersMarkReadyToShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ThwReady($input: TestHelpersMarkReadyToShipTerminalHardwareOrderInput!) {\n    testHelpersMarkReadyToShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThwShip($input: TestHelpersShipTerminalHardwareOrderInput!) {\n    testHelpersShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status shipmentTracking { carrier trackingNumber } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ThwShip($input: TestHelpersShipTerminalHardwareOrderInput!) {\n    testHelpersShipTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status shipmentTracking { carrier trackingNumber } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThwDeliver($input: TestHelpersDeliverTerminalHardwareOrderInput!) {\n    testHelpersDeliverTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ThwDeliver($input: TestHelpersDeliverTerminalHardwareOrderInput!) {\n    testHelpersDeliverTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ThwUndeliverable($input: TestHelpersMarkUndeliverableTerminalHardwareOrderInput!) {\n    testHelpersMarkUndeliverableTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ThwUndeliverable($input: TestHelpersMarkUndeliverableTerminalHardwareOrderInput!) {\n    testHelpersMarkUndeliverableTerminalHardwareOrder(input: $input) { terminalHardwareOrder { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThwOne($id: ID!) { terminalHardwareOrder(id: $id) { id status updated } }"): (typeof documents)["query ThwOne($id: ID!) { terminalHardwareOrder(id: $id) { id status updated } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThwOrders($status: TerminalHardwareOrderStatus) { terminalHardwareOrders(status: $status, first: 50) { nodes { id status } } }"): (typeof documents)["query ThwOrders($status: TerminalHardwareOrderStatus) { terminalHardwareOrders(status: $status, first: 50) { nodes { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ThwUpdated($id: ID!) { terminalHardwareOrderUpdated(id: $id) { id status shipmentTracking { carrier } } }"): (typeof documents)["subscription ThwUpdated($id: ID!) { terminalHardwareOrderUpdated(id: $id) { id status shipmentTracking { carrier } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ThwEvents { events(types: [\"terminal.hardware_order.*\"]) { type data { object previousAttributes } } }"): (typeof documents)["subscription ThwEvents { events(types: [\"terminal.hardware_order.*\"]) { type data { object previousAttributes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCreateLocation($input: CreateTerminalLocationInput!) {\n    createTerminalLocation(input: $input) { terminalLocation { id displayName address { country city } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation TmCreateLocation($input: CreateTerminalLocationInput!) {\n    createTerminalLocation(input: $input) { terminalLocation { id displayName address { country city } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmDeleteLocation($input: DeleteTerminalLocationInput!) {\n    deleteTerminalLocation(input: $input) { deletedTerminalLocation { id deleted } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmDeleteLocation($input: DeleteTerminalLocationInput!) {\n    deleteTerminalLocation(input: $input) { deletedTerminalLocation { id deleted } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmUpdateLocation($input: UpdateTerminalLocationInput!) {\n    updateTerminalLocation(input: $input) { terminalLocation { id displayName configurationOverrides { id } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation TmUpdateLocation($input: UpdateTerminalLocationInput!) {\n    updateTerminalLocation(input: $input) { terminalLocation { id displayName configurationOverrides { id } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCreateToken($input: CreateTerminalConnectionTokenInput!) {\n    createTerminalConnectionToken(input: $input) { terminalConnectionToken { secret location { id } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation TmCreateToken($input: CreateTerminalConnectionTokenInput!) {\n    createTerminalConnectionToken(input: $input) { terminalConnectionToken { secret location { id } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCreateConfig($input: CreateTerminalConfigurationInput!) {\n    createTerminalConfiguration(input: $input) { terminalConfiguration { id isAccountDefault name } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmCreateConfig($input: CreateTerminalConfigurationInput!) {\n    createTerminalConfiguration(input: $input) { terminalConfiguration { id isAccountDefault name } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmDeleteConfig($input: DeleteTerminalConfigurationInput!) {\n    deleteTerminalConfiguration(input: $input) { deletedTerminalConfiguration { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmDeleteConfig($input: DeleteTerminalConfigurationInput!) {\n    deleteTerminalConfiguration(input: $input) { deletedTerminalConfiguration { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TmConfigs($def: Boolean) { terminalConfigurations(isAccountDefault: $def) { nodes { id isAccountDefault } } }\n"): (typeof documents)["\n  query TmConfigs($def: Boolean) { terminalConfigurations(isAccountDefault: $def) { nodes { id isAccountDefault } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmRegister($input: CreateTerminalReaderInput!) {\n    createTerminalReader(input: $input) { terminalReader { id deviceType status label serialNumber location { id } action { type } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation TmRegister($input: CreateTerminalReaderInput!) {\n    createTerminalReader(input: $input) { terminalReader { id deviceType status label serialNumber location { id } action { type } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation TmProcess($input: ProcessPaymentIntentTerminalReaderInput!) {\n    processPaymentIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmProcessSetup($input: ProcessSetupIntentTerminalReaderInput!) {\n    processSetupIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmProcessSetup($input: ProcessSetupIntentTerminalReaderInput!) {\n    processSetupIntentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmRefund($input: RefundPaymentTerminalReaderInput!) {\n    refundPaymentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmRefund($input: RefundPaymentTerminalReaderInput!) {\n    refundPaymentTerminalReader(input: $input) { terminalReader { id action { type status } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmDisplay($input: SetReaderDisplayTerminalReaderInput!) {\n    setReaderDisplayTerminalReader(input: $input) {\n      terminalReader { action { type status setReaderDisplay { cart { total lineItems { description } } } } } userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation TmDisplay($input: SetReaderDisplayTerminalReaderInput!) {\n    setReaderDisplayTerminalReader(input: $input) {\n      terminalReader { action { type status setReaderDisplay { cart { total lineItems { description } } } } } userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCollectInputs($input: CollectInputsTerminalReaderInput!) {\n    collectInputsTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmCollectInputs($input: CollectInputsTerminalReaderInput!) {\n    collectInputsTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCancel($input: CancelActionTerminalReaderInput!) {\n    cancelActionTerminalReader(input: $input) { terminalReader { action { type status failureCode } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmCancel($input: CancelActionTerminalReaderInput!) {\n    cancelActionTerminalReader(input: $input) { terminalReader { action { type status failureCode } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) {\n      terminalReader { id action { type status failureCode failureMessage processSetupIntent { generatedCard } refundPayment { refund { id amount status } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation TmPresent($input: TestHelpersPresentPaymentMethodTerminalReaderInput!) {\n    testHelpersPresentPaymentMethodTerminalReader(input: $input) {\n      terminalReader { id action { type status failureCode failureMessage processSetupIntent { generatedCard } refundPayment { refund { id amount status } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmSucceedInputs($input: TestHelpersSucceedInputCollectionTerminalReaderInput!) {\n    testHelpersSucceedInputCollectionTerminalReader(input: $input) {\n      terminalReader { action { status collectInputs { inputs { type skipped email { value } numeric { value } } } } } userErrors { code }\n    }\n  }\n"): (typeof documents)["\n  mutation TmSucceedInputs($input: TestHelpersSucceedInputCollectionTerminalReaderInput!) {\n    testHelpersSucceedInputCollectionTerminalReader(input: $input) {\n      terminalReader { action { status collectInputs { inputs { type skipped email { value } numeric { value } } } } } userErrors { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCollect($input: CollectPaymentMethodTerminalReaderInput!) {\n    collectPaymentMethodTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmCollect($input: CollectPaymentMethodTerminalReaderInput!) {\n    collectPaymentMethodTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmConfirm($input: ConfirmPaymentIntentTerminalReaderInput!) {\n    confirmPaymentIntentTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmConfirm($input: ConfirmPaymentIntentTerminalReaderInput!) {\n    confirmPaymentIntentTerminalReader(input: $input) { terminalReader { action { type status } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCapture($input: CapturePaymentIntentInput!) {\n    capturePaymentIntent(input: $input) { paymentIntent { status amountReceived amountCapturable } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmCapture($input: CapturePaymentIntentInput!) {\n    capturePaymentIntent(input: $input) { paymentIntent { status amountReceived amountCapturable } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCreatePi($input: CreatePaymentIntentInput!) {\n    createPaymentIntent(input: $input) { paymentIntent { id status amount } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation TmCreatePi($input: CreatePaymentIntentInput!) {\n    createPaymentIntent(input: $input) { paymentIntent { id status amount } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TmGetPi($id: ID!) {\n    paymentIntent(id: $id) {\n      id status amount amountReceived amountCapturable\n      paymentMethod { id type cardPresent { brand last4 readMethod } }\n      lastPaymentError { code declineCode type }\n    }\n    refunds(paymentIntent: $id) { nodes { id amount status } }\n  }\n"): (typeof documents)["\n  query TmGetPi($id: ID!) {\n    paymentIntent(id: $id) {\n      id status amount amountReceived amountCapturable\n      paymentMethod { id type cardPresent { brand last4 readMethod } }\n      lastPaymentError { code declineCode type }\n    }\n    refunds(paymentIntent: $id) { nodes { id amount status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmCreateSi($input: CreateSetupIntentInput!) { createSetupIntent(input: $input) { setupIntent { id status } userErrors { code } } }\n"): (typeof documents)["\n  mutation TmCreateSi($input: CreateSetupIntentInput!) { createSetupIntent(input: $input) { setupIntent { id status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TmGetSi($id: ID!) { setupIntent(id: $id) { status paymentMethod { type cardPresent { last4 } } } }"): (typeof documents)["query TmGetSi($id: ID!) { setupIntent(id: $id) { status paymentMethod { type cardPresent { last4 } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TmEvents($types: [String!]) { events(types: $types, first: 20) { nodes { type data { object } } } }"): (typeof documents)["query TmEvents($types: [String!]) { events(types: $types, first: 20) { nodes { type data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TmUpdated($id: ID!) { terminalReaderUpdated(id: $id) { id action { type status } } }"): (typeof documents)["subscription TmUpdated($id: ID!) { terminalReaderUpdated(id: $id) { id action { type status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockCreate($input: CreateTestHelpersTestClockInput!) {\n    createTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime name livemode } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ClockCreate($input: CreateTestHelpersTestClockInput!) {\n    createTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime name livemode } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime statusDetails { advancing { targetFrozenTime } } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ClockAdvance($input: AdvanceTestHelpersTestClockInput!) {\n    advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status frozenTime statusDetails { advancing { targetFrozenTime } } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockDelete($input: DeleteTestHelpersTestClockInput!) {\n    deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id deleted } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ClockDelete($input: DeleteTestHelpersTestClockInput!) {\n    deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id deleted } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClockList { testHelpersTestClocks(first: 10) { nodes { id status frozenTime } } }"): (typeof documents)["query ClockList { testHelpersTestClocks(first: 10) { nodes { id status frozenTime } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClockGet($id: ID!) { testHelpersTestClock(id: $id) { id created deletesAfter } }"): (typeof documents)["query ClockGet($id: ID!) { testHelpersTestClock(id: $id) { id created deletesAfter } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClockDeletedEvents { events(first: 20, type: \"test_helpers.test_clock.deleted\") { nodes { type request { id } data { object } } } }"): (typeof documents)["query ClockDeletedEvents { events(first: 20, type: \"test_helpers.test_clock.deleted\") { nodes { type request { id } data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id created expectedArrivalDate } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ClockCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id created expectedArrivalDate } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClockCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id created } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation ClockCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id created } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClockObt($id: ID!) { treasuryOutboundTransfer(id: $id) { status statusTransitions { postedAt } } }"): (typeof documents)["query ClockObt($id: ID!) { treasuryOutboundTransfer(id: $id) { status statusTransitions { postedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClockIbt($id: ID!) { treasuryInboundTransfer(id: $id) { status statusTransitions { succeededAt } } }"): (typeof documents)["query ClockIbt($id: ID!) { treasuryInboundTransfer(id: $id) { status statusTransitions { succeededAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClockEvents { events(first: 100) { nodes { id type created data { object } } } }"): (typeof documents)["query ClockEvents { events(first: 100) { nodes { id type created data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClockBalance($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount } outboundPending { amount } } }\n"): (typeof documents)["\n  subscription ClockBalance($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount } outboundPending { amount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClockEventStream { events(types: [\"treasury.*\"]) { type created data { object } } }"): (typeof documents)["subscription ClockEventStream { events(types: [\"treasury.*\"]) { type created data { object } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CrCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrCreate($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        receivedCredit { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { postedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryCreditReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CrCreate($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        receivedCredit { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { postedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryCreditReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrGetRc($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason } linkedFlows { creditReversal { id status } } }\n  }\n"): (typeof documents)["\n  query CrGetRc($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason } linkedFlows { creditReversal { id status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrList($fa: ID!, $receivedCredit: ID, $status: TreasuryCreditReversalStatus) {\n    treasuryCreditReversals(financialAccount: $fa, receivedCredit: $receivedCredit, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { creditReversals(first: 100) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query CrList($fa: ID!, $receivedCredit: ID, $status: TreasuryCreditReversalStatus) {\n    treasuryCreditReversals(financialAccount: $fa, receivedCredit: $receivedCredit, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { creditReversals(first: 100) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrSenderCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, linkedFlows: { sourceFlowType: CREDIT_REVERSAL }) {\n      nodes { id status amount network\n        initiatingPaymentMethodDetails { type financialAccount { id network } }\n        linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryCreditReversal { id } } sourceFlowDetails { type creditReversal { id } } }\n        reversalDetails { restrictedReason } }\n    }\n  }\n"): (typeof documents)["\n  query CrSenderCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, linkedFlows: { sourceFlowType: CREDIT_REVERSAL }) {\n      nodes { id status amount network\n        initiatingPaymentMethodDetails { type financialAccount { id network } }\n        linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryCreditReversal { id } } sourceFlowDetails { type creditReversal { id } } }\n        reversalDetails { restrictedReason } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation CrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n"): (typeof documents)["\n  mutation CrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation CrClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrRcList($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa) { nodes { id reversalDetails { deadline restrictedReason } } }\n    treasuryFinancialAccount(id: $fa) { receivedCredits { nodes { id reversalDetails { restrictedReason } } } }\n  }\n"): (typeof documents)["\n  query CrRcList($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa) { nodes { id reversalDetails { deadline restrictedReason } } }\n    treasuryFinancialAccount(id: $fa) { receivedCredits { nodes { id reversalDetails { restrictedReason } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CrGet($id: ID!) {\n    treasuryCreditReversal(id: $id) {\n      id status statusTransitions { postedAt }\n      transaction { status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n    }\n  }\n"): (typeof documents)["\n  query CrGet($id: ID!) {\n    treasuryCreditReversal(id: $id) {\n      id status statusTransitions { postedAt }\n      transaction { status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CrEvents { events(types: [\"treasury.credit_reversal.*\"]) { type created request { id } data { object previousAttributes } } }"): (typeof documents)["subscription CrEvents { events(types: [\"treasury.credit_reversal.*\"]) { type created request { id } data { object previousAttributes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CrRcUpdated($id: ID!) { treasuryReceivedCreditUpdated(id: $id) { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } } }"): (typeof documents)["subscription CrRcUpdated($id: ID!) { treasuryReceivedCreditUpdated(id: $id) { id linkedFlows { creditReversal { id } } reversalDetails { restrictedReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status reversalDetails { deadline } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation DrDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status reversalDetails { deadline } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrCreate($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        linkedFlows { issuingDispute { id } }\n        receivedDebit { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { completedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryDebitReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation DrCreate($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal {\n        id object status amount currency network metadata livemode\n        financialAccount { id }\n        linkedFlows { issuingDispute { id } }\n        receivedDebit { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } }\n        statusTransitions { completedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryDebitReversal { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DrGetRd($id: ID!) { treasuryReceivedDebit(id: $id) { id linkedFlows { debitReversal { id status } } reversalDetails { deadline restrictedReason } } }"): (typeof documents)["query DrGetRd($id: ID!) { treasuryReceivedDebit(id: $id) { id linkedFlows { debitReversal { id status } } reversalDetails { deadline restrictedReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrList($fa: ID!, $receivedDebit: ID, $resolution: TreasuryDebitReversalListResolution, $status: TreasuryDebitReversalListStatus) {\n    treasuryDebitReversals(financialAccount: $fa, receivedDebit: $receivedDebit, resolution: $resolution, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { debitReversals(first: 100) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query DrList($fa: ID!, $receivedDebit: ID, $resolution: TreasuryDebitReversalListResolution, $status: TreasuryDebitReversalListStatus) {\n    treasuryDebitReversals(financialAccount: $fa, receivedDebit: $receivedDebit, resolution: $resolution, status: $status) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { debitReversals(first: 100) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DrGet($id: ID!) { treasuryDebitReversal(id: $id) { id status } node(id: $id) { __typename id } }"): (typeof documents)["query DrGet($id: ID!) { treasuryDebitReversal(id: $id) { id status } node(id: $id) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrRead($id: ID!) {\n    treasuryDebitReversal(id: $id) {\n      id status statusTransitions { completedAt }\n      transaction { id status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type balanceImpact { cash } } } }\n    }\n  }\n"): (typeof documents)["\n  query DrRead($id: ID!) {\n    treasuryDebitReversal(id: $id) {\n      id status statusTransitions { completedAt }\n      transaction { id status balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type balanceImpact { cash } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrTypeInfo($name: String!) { __type(name: $name) { fields { name } enumValues { name } } }\n"): (typeof documents)["\n  query DrTypeInfo($name: String!) { __type(name: $name) { fields { name } enumValues { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation DrUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation DrClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n"): (typeof documents)["\n  mutation DrClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DrEvents { events(first: 100, type: \"treasury.debit_reversal.*\") { nodes { type data { object previousAttributes } } } }"): (typeof documents)["query DrEvents { events(first: 100, type: \"treasury.debit_reversal.*\") { nodes { type data { object previousAttributes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DrRdUpdated($id: ID!) { treasuryReceivedDebitUpdated(id: $id) { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } } }"): (typeof documents)["subscription DrRdUpdated($id: ID!) { treasuryReceivedDebitUpdated(id: $id) { id linkedFlows { debitReversal { id } } reversalDetails { restrictedReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures\n        balance { cash { amount currency } outboundPending { amount currency } inboundPending { amount currency } }\n        features { outboundTransfers { ach { requested status statusDetails { code resolution restriction } } } financialAddresses { aba { status } } }\n        financialAddresses { type supportedNetworks aba { routingNumber accountNumberLast4 bankName } }\n        platformRestrictions { inboundFlows outboundFlows } statusDetails { closed { reasons } } supportedCurrencies livemode country }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures\n        balance { cash { amount currency } outboundPending { amount currency } inboundPending { amount currency } }\n        features { outboundTransfers { ach { requested status statusDetails { code resolution restriction } } } financialAddresses { aba { status } } }\n        financialAddresses { type supportedNetworks aba { routingNumber accountNumberLast4 bankName } }\n        platformRestrictions { inboundFlows outboundFlows } statusDetails { closed { reasons } } supportedCurrencies livemode country }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetFa($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures statusDetails { closed { reasons } } }\n  }\n"): (typeof documents)["\n  query GetFa($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id status nickname metadata activeFeatures pendingFeatures restrictedFeatures statusDetails { closed { reasons } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata activeFeatures restrictedFeatures\n        features { outboundTransfers { ach { status statusDetails { code restriction resolution } } } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata activeFeatures restrictedFeatures\n        features { outboundTransfers { ach { status statusDetails { code restriction resolution } } } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFaFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } outboundTransfers { ach { requested status statusDetails { code } } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFaFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } outboundTransfers { ach { requested status statusDetails { code } } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetFaFeatures($id: ID!) { treasuryFinancialAccountFeatures(financialAccount: $id) { cardIssuing { requested status } } }\n"): (typeof documents)["\n  query GetFaFeatures($id: ID!) { treasuryFinancialAccountFeatures(financialAccount: $id) { cardIssuing { requested status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status statusDetails { closed { reasons } } restrictedFeatures activeFeatures }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id status statusDetails { closed { reasons } } restrictedFeatures activeFeatures }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation FaClock($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status } userErrors { code message } } }\n"): (typeof documents)["\n  mutation FaClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { id status } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListFa($first: Int, $after: String, $last: Int, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, after: $after, last: $last, before: $before, status: $status) {\n      edges { cursor node { id } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ListFa($first: Int, $after: String, $last: Int, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, after: $after, last: $last, before: $before, status: $status) {\n      edges { cursor node { id } }\n      nodes { id }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaEvents($types: [String!]) { events(types: $types, first: 100) { nodes { id type data { object previousAttributes } request { id idempotencyKey } } } }\n"): (typeof documents)["\n  query FaEvents($types: [String!]) { events(types: $types, first: 100) { nodes { id type data { object previousAttributes } request { id idempotencyKey } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FaUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id status nickname activeFeatures } }\n"): (typeof documents)["\n  subscription FaUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id status nickname activeFeatures } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FaEventStream($types: [String!]) { events(types: $types) { id type data { object } } }\n"): (typeof documents)["\n  subscription FaEventStream($types: [String!]) { events(types: $types) { id type data { object } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtCreate($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status amount currency cancelable statementDescriptor description metadata returned hostedRegulatoryReceiptUrl\n        failureDetails { code } linkedFlows { receivedDebit { id } }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } }\n        statusTransitions { canceledAt failedAt succeededAt }\n        originPaymentMethod { id }\n        originPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName accountHolderType } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IbtCreate($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status amount currency cancelable statementDescriptor description metadata returned hostedRegulatoryReceiptUrl\n        failureDetails { code } linkedFlows { receivedDebit { id } }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } }\n        statusTransitions { canceledAt failedAt succeededAt }\n        originPaymentMethod { id }\n        originPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName accountHolderType } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtSucceed($input: TestHelpersSucceedTreasuryInboundTransferInput!) {\n    testHelpersSucceedTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable returned statusTransitions { succeededAt failedAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryInboundTransfer { id } }\n          entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IbtSucceed($input: TestHelpersSucceedTreasuryInboundTransferInput!) {\n    testHelpersSucceedTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable returned statusTransitions { succeededAt failedAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryInboundTransfer { id } }\n          entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtFail($input: TestHelpersFailTreasuryInboundTransferInput!) {\n    testHelpersFailTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { failedAt succeededAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IbtFail($input: TestHelpersFailTreasuryInboundTransferInput!) {\n    testHelpersFailTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { failedAt succeededAt canceledAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtCancel($input: CancelTreasuryInboundTransferInput!) {\n    cancelTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { canceledAt failedAt succeededAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IbtCancel($input: CancelTreasuryInboundTransferInput!) {\n    cancelTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status cancelable failureDetails { code } statusTransitions { canceledAt failedAt succeededAt }\n        transaction { id status amount flowType description balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt } entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtReturn($input: TestHelpersReturnTreasuryInboundTransferInput!) {\n    testHelpersReturnTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status returned cancelable failureDetails { code } transaction { id status }\n        linkedFlows { receivedDebit { id status amount network failureCode financialAccount { id } linkedFlows { inboundTransfer { id returned } }\n          initiatingPaymentMethodDetails { type usBankAccount { last4 routingNumber } }\n          transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IbtReturn($input: TestHelpersReturnTreasuryInboundTransferInput!) {\n    testHelpersReturnTreasuryInboundTransfer(input: $input) {\n      treasuryInboundTransfer { id status returned cancelable failureDetails { code } transaction { id status }\n        linkedFlows { receivedDebit { id status amount network failureCode financialAccount { id } linkedFlows { inboundTransfer { id returned } }\n          initiatingPaymentMethodDetails { type usBankAccount { last4 routingNumber } }\n          transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IbtFaTransactions($id: ID!) {\n    treasuryFinancialAccount(id: $id) {\n      transactions(first: 20) { nodes { id status amount flowType description balanceImpact { cash inboundPending outboundPending }\n        flow { __typename ... on TreasuryInboundTransfer { id returned } }\n        entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    }\n  }\n"): (typeof documents)["\n  query IbtFaTransactions($id: ID!) {\n    treasuryFinancialAccount(id: $id) {\n      transactions(first: 20) { nodes { id status amount flowType description balanceImpact { cash inboundPending outboundPending }\n        flow { __typename ... on TreasuryInboundTransfer { id returned } }\n        entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IbtList($fa: ID!, $status: TreasuryInboundTransferStatus) {\n    treasuryInboundTransfers(financialAccount: $fa, status: $status, first: 100) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { inboundTransfers(first: 100) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query IbtList($fa: ID!, $status: TreasuryInboundTransferStatus) {\n    treasuryInboundTransfers(financialAccount: $fa, status: $status, first: 100) { nodes { id status } }\n    treasuryFinancialAccount(id: $fa) { inboundTransfers(first: 100) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IbtGet($id: ID!) {\n    treasuryInboundTransfer(id: $id) { id status financialAccount { id } }\n    node(id: $id) { __typename id }\n  }\n"): (typeof documents)["\n  query IbtGet($id: ID!) {\n    treasuryInboundTransfer(id: $id) { id status financialAccount { id } }\n    node(id: $id) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IbtEvents { events(first: 100, type: \"treasury.inbound_transfer.*\") { nodes { type data { object previousAttributes } } } }"): (typeof documents)["query IbtEvents { events(first: 100, type: \"treasury.inbound_transfer.*\") { nodes { type data { object previousAttributes } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IbtEventStream($types: [String!]) { events(types: $types) { type data { object } } }"): (typeof documents)["subscription IbtEventStream($types: [String!]) { events(types: $types) { type data { object } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription IbtUpdated($id: ID!) { treasuryInboundTransferUpdated(id: $id) { id status returned linkedFlows { receivedDebit { id } } transaction { id } } }"): (typeof documents)["subscription IbtUpdated($id: ID!) { treasuryInboundTransferUpdated(id: $id) { id status returned linkedFlows { receivedDebit { id } } transaction { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtNewFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IbtNewFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation IbtCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IbtObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation IbtObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObpFields on TreasuryOutboundPayment {\n    id status amount currency cancelable statementDescriptor expectedArrivalDate created metadata\n    customer { id }\n    financialAccount { id }\n    destinationPaymentMethod { id customer { id } usBankAccount { last4 routingNumber } }\n    destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } financialAccount { id network } billingDetails { name } }\n    endUserDetails { present ipAddress }\n    statusTransitions { postedAt failedAt canceledAt returnedAt }\n    returnedDetails { code transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    trackingDetails { type ach { traceId } usDomesticWire { imad } }\n    transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt }\n      flow { __typename ... on TreasuryOutboundPayment { id } }\n      entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n  }\n"): (typeof documents)["\n  fragment ObpFields on TreasuryOutboundPayment {\n    id status amount currency cancelable statementDescriptor expectedArrivalDate created metadata\n    customer { id }\n    financialAccount { id }\n    destinationPaymentMethod { id customer { id } usBankAccount { last4 routingNumber } }\n    destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } financialAccount { id network } billingDetails { name } }\n    endUserDetails { present ipAddress }\n    statusTransitions { postedAt failedAt canceledAt returnedAt }\n    returnedDetails { code transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } } }\n    trackingDetails { type ach { traceId } usDomesticWire { imad } }\n    transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt voidAt }\n      flow { __typename ... on TreasuryOutboundPayment { id } }\n      entries(first: 10) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpCreate($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code type message field } }\n  }\n"): (typeof documents)["\n  mutation ObpCreate($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code type message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpPost($input: TestHelpersPostTreasuryOutboundPaymentInput!) {\n    testHelpersPostTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ObpPost($input: TestHelpersPostTreasuryOutboundPaymentInput!) {\n    testHelpersPostTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpFail($input: TestHelpersFailTreasuryOutboundPaymentInput!) {\n    testHelpersFailTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ObpFail($input: TestHelpersFailTreasuryOutboundPaymentInput!) {\n    testHelpersFailTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpCancel($input: CancelTreasuryOutboundPaymentInput!) {\n    cancelTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ObpCancel($input: CancelTreasuryOutboundPaymentInput!) {\n    cancelTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpReturn($input: TestHelpersReturnTreasuryOutboundPaymentInput!) {\n    testHelpersReturnTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ObpReturn($input: TestHelpersReturnTreasuryOutboundPaymentInput!) {\n    testHelpersReturnTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpTrack($input: TestHelpersUpdateTreasuryOutboundPaymentInput!) {\n    testHelpersUpdateTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ObpTrack($input: TestHelpersUpdateTreasuryOutboundPaymentInput!) {\n    testHelpersUpdateTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { ...ObpFields } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObpRetrieve($id: ID!) {\n    treasuryOutboundPayment(id: $id) { ...ObpFields }\n    node(id: $id) { __typename id }\n  }\n"): (typeof documents)["\n  query ObpRetrieve($id: ID!) {\n    treasuryOutboundPayment(id: $id) { ...ObpFields }\n    node(id: $id) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObpList($fa: ID!, $customer: ID, $status: TreasuryOutboundPaymentStatus, $created: DateTimeRange) {\n    treasuryOutboundPayments(financialAccount: $fa, customer: $customer, status: $status, created: $created, first: 10) { nodes { id status } pageInfo { hasNextPage } }\n    treasuryFinancialAccount(id: $fa) { outboundPayments(customer: $customer, status: $status, first: 10) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query ObpList($fa: ID!, $customer: ID, $status: TreasuryOutboundPaymentStatus, $created: DateTimeRange) {\n    treasuryOutboundPayments(financialAccount: $fa, customer: $customer, status: $status, created: $created, first: 10) { nodes { id status } pageInfo { hasNextPage } }\n    treasuryFinancialAccount(id: $fa) { outboundPayments(customer: $customer, status: $status, first: 10) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation ObpCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObpReceiverCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) { nodes { status amount network\n      initiatingPaymentMethodDetails { type financialAccount { id network } }\n      linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryOutboundPayment { id } } }\n      transaction { status balanceImpact { cash inboundPending outboundPending } } } }\n  }\n"): (typeof documents)["\n  query ObpReceiverCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) { nodes { status amount network\n      initiatingPaymentMethodDetails { type financialAccount { id network } }\n      linkedFlows { sourceFlowType sourceFlow { __typename ... on TreasuryOutboundPayment { id } } }\n      transaction { status balanceImpact { cash inboundPending outboundPending } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObpEvents { events(first: 100, type: \"treasury.outbound_payment.*\") { nodes { type data { object } } } }"): (typeof documents)["query ObpEvents { events(first: 100, type: \"treasury.outbound_payment.*\") { nodes { type data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObpReceipt($id: ID!) { treasuryOutboundPayment(id: $id) { hostedRegulatoryReceiptUrl transaction { description } } }"): (typeof documents)["query ObpReceipt($id: ID!) { treasuryOutboundPayment(id: $id) { hostedRegulatoryReceiptUrl transaction { description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObpEventsJson { events(first: 100, type: \"treasury.outbound_payment.created\") { nodes { type data { object } } } }"): (typeof documents)["query ObpEventsJson { events(first: 100, type: \"treasury.outbound_payment.created\") { nodes { type data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation ObpClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n"): (typeof documents)["\n  mutation ObpClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status frozenTime } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObpClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation ObpClockDelete($input: DeleteTestHelpersTestClockInput!) { deleteTestHelpersTestClock(input: $input) { deletedTestHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ObpUpdated($id: ID!) { treasuryOutboundPaymentUpdated(id: $id) { id status cancelable statusTransitions { postedAt returnedAt } } }"): (typeof documents)["subscription ObpUpdated($id: ID!) { treasuryOutboundPaymentUpdated(id: $id) { id status cancelable statusTransitions { postedAt returnedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ObpEventStream($types: [String!]) { events(types: $types) { type data { object } } }"): (typeof documents)["subscription ObpEventStream($types: [String!]) { events(types: $types) { type data { object } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status amount currency cancelable statementDescriptor expectedArrivalDate\n        statusTransitions { postedAt failedAt canceledAt returnedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 10) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n        destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status amount currency cancelable statementDescriptor expectedArrivalDate\n        statusTransitions { postedAt failedAt canceledAt returnedAt }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } entries(first: 10) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n        destinationPaymentMethodDetails { type usBankAccount { last4 routingNumber network bankName } billingDetails { name } } }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtPost($input: TestHelpersPostTreasuryOutboundTransferInput!) {\n    testHelpersPostTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt } transaction { status statusTransitions { postedAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ObtPost($input: TestHelpersPostTreasuryOutboundTransferInput!) {\n    testHelpersPostTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt } transaction { status statusTransitions { postedAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type balanceImpact { cash outboundPending } } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtFail($input: TestHelpersFailTreasuryOutboundTransferInput!) {\n    testHelpersFailTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { failedAt } transaction { status statusTransitions { voidAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ObtFail($input: TestHelpersFailTreasuryOutboundTransferInput!) {\n    testHelpersFailTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { failedAt } transaction { status statusTransitions { voidAt } balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtCancel($input: CancelTreasuryOutboundTransferInput!) {\n    cancelTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { canceledAt } transaction { status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ObtCancel($input: CancelTreasuryOutboundTransferInput!) {\n    cancelTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { canceledAt } transaction { status balanceImpact { cash outboundPending } entries(first: 10) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtReturn($input: TestHelpersReturnTreasuryOutboundTransferInput!) {\n    testHelpersReturnTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { postedAt returnedAt }\n        returnedDetails { code transaction { id status amount flowType balanceImpact { cash outboundPending } entries(first: 5) { nodes { type } } } }\n        transaction { status } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ObtReturn($input: TestHelpersReturnTreasuryOutboundTransferInput!) {\n    testHelpersReturnTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status statusTransitions { postedAt returnedAt }\n        returnedDetails { code transaction { id status amount flowType balanceImpact { cash outboundPending } entries(first: 5) { nodes { type } } } }\n        transaction { status } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtTrack($input: TestHelpersUpdateTreasuryOutboundTransferInput!) {\n    testHelpersUpdateTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id trackingDetails { type ach { traceId } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ObtTrack($input: TestHelpersUpdateTreasuryOutboundTransferInput!) {\n    testHelpersUpdateTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id trackingDetails { type ach { traceId } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtCreateFull($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt failedAt }\n        transaction { description status balanceImpact { cash outboundPending } }\n        destinationPaymentMethodDetails { type financialAccount { id network } billingDetails { name address { line1 city postalCode country } } usBankAccount { network } } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ObtCreateFull($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) {\n      treasuryOutboundTransfer { id status cancelable statusTransitions { postedAt failedAt }\n        transaction { description status balanceImpact { cash outboundPending } }\n        destinationPaymentMethodDetails { type financialAccount { id network } billingDetails { name address { line1 city postalCode country } } usBankAccount { network } } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObtReceived($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa) { nodes { id amount status network } } }"): (typeof documents)["query ObtReceived($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa) { nodes { id amount status network } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObtEvents { events(first: 100, type: \"treasury.outbound_transfer.*\") { nodes { type data { object } } } }"): (typeof documents)["query ObtEvents { events(first: 100, type: \"treasury.outbound_transfer.*\") { nodes { type data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ObtUpdated($id: ID!) { treasuryOutboundTransferUpdated(id: $id) { id status statusTransitions { postedAt returnedAt } } }"): (typeof documents)["subscription ObtUpdated($id: ID!) { treasuryOutboundTransferUpdated(id: $id) { id status statusTransitions { postedAt returnedAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObtCancelable($id: ID!) { treasuryOutboundTransfer(id: $id) { id status cancelable created } }"): (typeof documents)["query ObtCancelable($id: ID!) { treasuryOutboundTransfer(id: $id) { id status cancelable created } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation ObtClockCreate($input: CreateTestHelpersTestClockInput!) { createTestHelpersTestClock(input: $input) { testHelpersTestClock { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObtClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }\n"): (typeof documents)["\n  mutation ObtClockAdvance($input: AdvanceTestHelpersTestClockInput!) { advanceTestHelpersTestClock(input: $input) { testHelpersTestClock { status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RcCreate($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit {\n        id object status failureCode amount currency description network livemode\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name email address { line1 } } usBankAccount { bankName last4 routingNumber } financialAccount { id network } }\n        linkedFlows { creditReversal { id } issuingAuthorization { id } issuingTransaction { id } sourceFlowType sourceFlow { __typename } sourceFlowDetails { type } }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryReceivedCredit { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RcCreate($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit {\n        id object status failureCode amount currency description network livemode\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name email address { line1 } } usBankAccount { bankName last4 routingNumber } financialAccount { id network } }\n        linkedFlows { creditReversal { id } issuingAuthorization { id } issuingTransaction { id } sourceFlowType sourceFlow { __typename } sourceFlowDetails { type } }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending } statusTransitions { postedAt }\n          flow { __typename ... on TreasuryReceivedCredit { id } }\n          entries(first: 5) { nodes { type flowType balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RcRead($id: ID!) {\n    treasuryReceivedCredit(id: $id) {\n      id status failureCode network initiatingPaymentMethodDetails { type usBankAccount { last4 } }\n      reversalDetails { deadline restrictedReason } transaction { id entries(first: 5) { nodes { type } } }\n    }\n  }\n"): (typeof documents)["\n  query RcRead($id: ID!) {\n    treasuryReceivedCredit(id: $id) {\n      id status failureCode network initiatingPaymentMethodDetails { type usBankAccount { last4 } }\n      reversalDetails { deadline restrictedReason } transaction { id entries(first: 5) { nodes { type } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RcGet($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason }\n      linkedFlows { sourceFlowType sourceFlow { __typename } sourceFlowDetails { type creditReversal { id } outboundPayment { id } outboundTransfer { id } payout } } }\n    node(id: $id) { __typename id }\n  }\n"): (typeof documents)["\n  query RcGet($id: ID!) {\n    treasuryReceivedCredit(id: $id) { id status reversalDetails { deadline restrictedReason }\n      linkedFlows { sourceFlowType sourceFlow { __typename } sourceFlowDetails { type creditReversal { id } outboundPayment { id } outboundTransfer { id } payout } } }\n    node(id: $id) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RcList($fa: ID!, $status: TreasuryReceivedCreditStatus, $linkedFlows: TreasuryReceivedCreditListLinkedFlowsInput, $first: Int, $after: String) {\n    treasuryReceivedCredits(financialAccount: $fa, status: $status, linkedFlows: $linkedFlows, first: $first, after: $after) {\n      nodes { id status } pageInfo { hasNextPage endCursor }\n    }\n    treasuryFinancialAccount(id: $fa) { receivedCredits(first: 100) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query RcList($fa: ID!, $status: TreasuryReceivedCreditStatus, $linkedFlows: TreasuryReceivedCreditListLinkedFlowsInput, $first: Int, $after: String) {\n    treasuryReceivedCredits(financialAccount: $fa, status: $status, linkedFlows: $linkedFlows, first: $first, after: $after) {\n      nodes { id status } pageInfo { hasNextPage endCursor }\n    }\n    treasuryFinancialAccount(id: $fa) { receivedCredits(first: 100) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RcUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RcUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RcCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RcCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RcNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }"): (typeof documents)["query RcNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RcTypeFields($name: String!) {\n    __type(name: $name) { fields { name type { kind name ofType { kind name } } } }\n  }\n"): (typeof documents)["\n  query RcTypeFields($name: String!) {\n    __type(name: $name) { fields { name type { kind name ofType { kind name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RcReadDetails($id: ID!) {\n    treasuryReceivedCredit(id: $id) { initiatingPaymentMethodDetails { type balance financialAccount { id network } billingDetails { name } } }\n  }\n"): (typeof documents)["\n  query RcReadDetails($id: ID!) {\n    treasuryReceivedCredit(id: $id) { initiatingPaymentMethodDetails { type balance financialAccount { id network } billingDetails { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RcEvents { events(first: 100, type: \"treasury.received_credit.*\") { nodes { type data { object } } } }"): (typeof documents)["query RcEvents { events(first: 100, type: \"treasury.received_credit.*\") { nodes { type data { object } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RdCreate($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) {\n      treasuryReceivedDebit {\n        id object status failureCode amount currency description network\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name } usBankAccount { bankName last4 routingNumber } }\n        linkedFlows { debitReversal { id } inboundTransfer { id } issuingAuthorization { id } issuingTransaction { id } payout topup }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryReceivedDebit { id } }\n          entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RdCreate($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) {\n      treasuryReceivedDebit {\n        id object status failureCode amount currency description network\n        financialAccount { id }\n        initiatingPaymentMethodDetails { type billingDetails { name } usBankAccount { bankName last4 routingNumber } }\n        linkedFlows { debitReversal { id } inboundTransfer { id } issuingAuthorization { id } issuingTransaction { id } payout topup }\n        reversalDetails { deadline restrictedReason }\n        transaction { id status amount flowType balanceImpact { cash inboundPending outboundPending }\n          flow { __typename ... on TreasuryReceivedDebit { id } }\n          entries(first: 5) { nodes { type balanceImpact { cash inboundPending outboundPending } } } }\n      }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RdGet($id: ID!) {\n    treasuryReceivedDebit(id: $id) {\n      id status failureCode network transaction { id } initiatingPaymentMethodDetails { type }\n      reversalDetails { deadline restrictedReason } linkedFlows { inboundTransfer { id } }\n    }\n    node(id: $id) { __typename id }\n  }\n"): (typeof documents)["\n  query RdGet($id: ID!) {\n    treasuryReceivedDebit(id: $id) {\n      id status failureCode network transaction { id } initiatingPaymentMethodDetails { type }\n      reversalDetails { deadline restrictedReason } linkedFlows { inboundTransfer { id } }\n    }\n    node(id: $id) { __typename id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RdList($fa: ID!, $status: TreasuryReceivedDebitStatus) {\n    treasuryReceivedDebits(financialAccount: $fa, status: $status) { nodes { id status failureCode } }\n    treasuryFinancialAccount(id: $fa) { receivedDebits(first: 100) { nodes { id } } }\n  }\n"): (typeof documents)["\n  query RdList($fa: ID!, $status: TreasuryReceivedDebitStatus) {\n    treasuryReceivedDebits(financialAccount: $fa, status: $status) { nodes { id status failureCode } }\n    treasuryFinancialAccount(id: $fa) { receivedDebits(first: 100) { nodes { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RdUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RdUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RdCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RdCloseFa($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RdNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }"): (typeof documents)["query RdNetworkEnum($name: String!) { __type(name: $name) { enumValues { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MagicCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status expectedArrivalDate } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation MagicCreateObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status expectedArrivalDate } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MagicCreateObp($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status expectedArrivalDate } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation MagicCreateObp($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status expectedArrivalDate } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MagicCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation MagicCreateIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MagicObt($id: ID!) {\n    treasuryOutboundTransfer(id: $id) { status transaction { status } returnedDetails { code transaction { status amount } } }\n  }\n"): (typeof documents)["\n  query MagicObt($id: ID!) {\n    treasuryOutboundTransfer(id: $id) { status transaction { status } returnedDetails { code transaction { status amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MagicIbt($id: ID!) {\n    treasuryInboundTransfer(id: $id) { status returned failureDetails { code } transaction { status amount } linkedFlows { receivedDebit { id amount status } } }\n  }\n"): (typeof documents)["\n  query MagicIbt($id: ID!) {\n    treasuryInboundTransfer(id: $id) { status returned failureDetails { code } transaction { status amount } linkedFlows { receivedDebit { id amount status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MagicPm($id: ID!) { paymentMethod(id: $id) { id livemode usBankAccount { last4 routingNumber bankName } } }"): (typeof documents)["query MagicPm($id: ID!) { paymentMethod(id: $id) { id livemode usBankAccount { last4 routingNumber bankName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MagicEvents($types: [String!]) { events(types: $types) { id type request { id } data { object } } }"): (typeof documents)["subscription MagicEvents($types: [String!]) { events(types: $types) { id type request { id } data { object } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n"): (typeof documents)["\n  mutation BadCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n"): (typeof documents)["\n  mutation BadUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id metadata } userErrors { code type message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type message field } }\n  }\n"): (typeof documents)["\n  mutation BadUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code type message field } }\n  }\n"): (typeof documents)["\n  mutation BadClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code type message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadRetrieve($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id }\n    treasuryFinancialAccountFeatures(financialAccount: $id) { object }\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query BadRetrieve($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id }\n    treasuryFinancialAccountFeatures(financialAccount: $id) { object }\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadListFas($first: Int, $last: Int, $after: String, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, last: $last, after: $after, before: $before, status: $status) { nodes { id } pageInfo { endCursor } }\n  }\n"): (typeof documents)["\n  query BadListFas($first: Int, $last: Int, $after: String, $before: String, $status: TreasuryFinancialAccountStatus) {\n    treasuryFinancialAccounts(first: $first, last: $last, after: $after, before: $before, status: $status) { nodes { id } pageInfo { endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadListEvents($first: Int, $after: String, $type: String, $types: [String!]) {\n    events(first: $first, after: $after, type: $type, types: $types) { nodes { id } pageInfo { endCursor } }\n  }\n"): (typeof documents)["\n  query BadListEvents($first: Int, $after: String, $type: String, $types: [String!]) {\n    events(first: $first, after: $after, type: $type, types: $types) { nodes { id } pageInfo { endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"): (typeof documents)["\n  query BadNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BadUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id } }\n"): (typeof documents)["\n  subscription BadUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadLatestEvent { events(first: 1) { nodes { id } } }\n"): (typeof documents)["\n  query BadLatestEvent { events(first: 1) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BadEventTypes($types: [String!]) { events(types: $types) { id } }"): (typeof documents)["subscription BadEventTypes($types: [String!]) { events(types: $types) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ResumeCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ResumeUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation ResumeClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResumeStream($types: [String!], $after: ID) { events(types: $types, after: $after) { id type data { object } } }\n"): (typeof documents)["\n  subscription ResumeStream($types: [String!], $after: ID) { events(types: $types, after: $after) { id type data { object } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata status created livemode }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id nickname metadata status created livemode }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname metadata } userErrors { code type message field } }\n  }\n"): (typeof documents)["\n  mutation IdemUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname metadata } userErrors { code type message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } }\n      userErrors { code type message field }\n    }\n  }\n"): (typeof documents)["\n  mutation IdemUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) {\n      treasuryFinancialAccountFeatures { cardIssuing { requested status } }\n      userErrors { code type message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdemClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type message field } }\n  }\n"): (typeof documents)["\n  mutation IdemClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdemEvents { events(first: 100) { nodes { id type data { object } request { id idempotencyKey } } } }\n"): (typeof documents)["\n  query IdemEvents { events(first: 100) { nodes { id type data { object } request { id idempotencyKey } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LedgerObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerObtPost($id: ID!) { testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"): (typeof documents)["mutation LedgerObtPost($id: ID!) { testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerObtFail($id: ID!) { testHelpersFailTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"): (typeof documents)["mutation LedgerObtFail($id: ID!) { testHelpersFailTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerObtCancel($id: ID!) { cancelTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"): (typeof documents)["mutation LedgerObtCancel($id: ID!) { cancelTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerObtReturn($id: ID!) { testHelpersReturnTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"): (typeof documents)["mutation LedgerObtReturn($id: ID!) { testHelpersReturnTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerRc($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LedgerRc($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) { treasuryReceivedCredit { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerRd($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status failureCode } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LedgerRd($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status failureCode } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LedgerPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LedgerCredits($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa, first: 1) { nodes { id amount status } } }"): (typeof documents)["query LedgerCredits($fa: ID!) { treasuryReceivedCredits(financialAccount: $fa, first: 1) { nodes { id amount status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerCr($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) { treasuryCreditReversal { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LedgerCr($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) { treasuryCreditReversal { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerDr($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) { treasuryDebitReversal { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LedgerDr($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) { treasuryDebitReversal { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LedgerIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation LedgerIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerIbtSucceed($id: ID!) { testHelpersSucceedTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { status } userErrors { code } } }"): (typeof documents)["mutation LedgerIbtSucceed($id: ID!) { testHelpersSucceedTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LedgerIbtReturn($id: ID!) { testHelpersReturnTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { returned } userErrors { code } } }"): (typeof documents)["mutation LedgerIbtReturn($id: ID!) { testHelpersReturnTreasuryInboundTransfer(input: { id: $id }) { treasuryInboundTransfer { returned } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepFlowPage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      nodes {\n        id status amount\n        financialAccount { id status balance { cash { amount } } }\n        transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { id type balanceImpact { cash outboundPending } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeepFlowPage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      nodes {\n        id status amount\n        financialAccount { id status balance { cash { amount } } }\n        transaction { id status balanceImpact { cash outboundPending } entries(first: 10) { nodes { id type balanceImpact { cash outboundPending } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepFlowWidePage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WideObt } }\n    }\n  }\n  fragment WideObt on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n"): (typeof documents)["\n  query DeepFlowWidePage($fa: ID!, $first: Int!) {\n    treasuryOutboundTransfers(financialAccount: $fa, first: $first) {\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { ...WideObt } }\n    }\n  }\n  fragment WideObt on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepFlowWideNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on TreasuryOutboundTransfer { ...WideObtByLoaders } }\n  }\n  fragment WideObtByLoaders on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n"): (typeof documents)["\n  query DeepFlowWideNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on TreasuryOutboundTransfer { ...WideObtByLoaders } }\n  }\n  fragment WideObtByLoaders on TreasuryOutboundTransfer {\n    id object amount currency created livemode status metadata statementDescriptor description cancelable expectedArrivalDate hostedRegulatoryReceiptUrl\n    statusTransitions { postedAt canceledAt } destinationPaymentMethodDetails { type usBankAccount { last4 network } }\n    destinationPaymentMethod { id type }\n    financialAccount { id created status nickname metadata supportedCurrencies balance { cash { amount currency } } features { outboundTransfers { ach { status } } } }\n    transaction { id created flowType status balanceImpact { cash outboundPending } flow { ... on TreasuryOutboundTransfer { id amount } }\n      entries(first: 3) { pageInfo { hasNextPage endCursor } edges { cursor node { id type created effectiveAt transaction { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepFlowTree($fa: ID!) {\n    treasuryFinancialAccount(id: $fa) {\n      id\n      outboundTransfers(first: 5) { nodes { id amount transaction { id entries(first: 3) { nodes { id type } } } } }\n      recent: transactions(first: 3) { edges { node { id flowType entries { nodes { id } } } } }\n    }\n  }\n"): (typeof documents)["\n  query DeepFlowTree($fa: ID!) {\n    treasuryFinancialAccount(id: $fa) {\n      id\n      outboundTransfers(first: 5) { nodes { id amount transaction { id entries(first: 3) { nodes { id type } } } } }\n      recent: transactions(first: 3) { edges { node { id flowType entries { nodes { id } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepFlowPostedOrder($fa: ID!, $after: String) {\n    treasuryTransactions(financialAccount: $fa, status: POSTED, orderBy: POSTED_AT, first: 3, after: $after) {\n      edges { cursor node { id statusTransitions { postedAt } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DeepFlowPostedOrder($fa: ID!, $after: String) {\n    treasuryTransactions(financialAccount: $fa, status: POSTED, orderBy: POSTED_AT, first: 3, after: $after) {\n      edges { cursor node { id statusTransitions { postedAt } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlCountFaNickname($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SqlCountFaNickname($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlCountObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SqlCountObt($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlCountObtPost($id: ID!) {\n    testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SqlCountObtPost($id: ID!) {\n    testHelpersPostTreasuryOutboundTransfer(input: { id: $id }) { treasuryOutboundTransfer { status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation MultiCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MultiUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation MultiUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MultiUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n"): (typeof documents)["\n  subscription MultiUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MultiStream($after: ID) { events(after: $after) { id type data { object } } }\n"): (typeof documents)["\n  subscription MultiStream($after: ID) { events(after: $after) { id type data { object } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiLatest { events(first: 1) { nodes { id } } }\n"): (typeof documents)["\n  query MultiLatest { events(first: 1) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreparedObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status amount financialAccount { balance { cash { amount } } } } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation PreparedObtCreate($input: CreateTreasuryOutboundTransferInput!) {\n    createTreasuryOutboundTransfer(input: $input) { treasuryOutboundTransfer { id status amount financialAccount { balance { cash { amount } } } } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateLimitCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation RateLimitCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitAccounts { treasuryFinancialAccounts(first: 1) { nodes { id } } }\n"): (typeof documents)["\n  query RateLimitAccounts { treasuryFinancialAccounts(first: 1) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmRestartFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmRestartFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TmRestartIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TmRestartIbt($input: CreateTreasuryInboundTransferInput!) {\n    createTreasuryInboundTransfer(input: $input) { treasuryInboundTransfer { id status } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TmRestartState($fa: ID!) {\n    treasuryInboundTransfers(financialAccount: $fa, first: 50) { nodes { id status returned } }\n    treasuryFinancialAccount(id: $fa) { balance { cash { amount } } }\n    events(first: 100) { nodes { type data { object } } }\n  }\n"): (typeof documents)["\n  query TmRestartState($fa: ID!) {\n    treasuryInboundTransfers(financialAccount: $fa, first: 50) { nodes { id status returned } }\n    treasuryFinancialAccount(id: $fa) { balance { cash { amount } } }\n    events(first: 100) { nodes { type data { object } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRestartCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation WhRestartCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRestartCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation WhRestartCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhRestartPending { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n"): (typeof documents)["\n  query WhRestartPending { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhRestartAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus error event { id } } } } }\n"): (typeof documents)["\n  query WhRestartAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus error event { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhRestartEndpoints { webhookEndpoints(first: 10) { nodes { id } } }\n"): (typeof documents)["\n  query WhRestartEndpoints { webhookEndpoints(first: 10) { nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SqlCountCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation SqlCountCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlCountList($first: Int!) {\n    treasuryFinancialAccounts(first: $first) {\n      edges {\n        cursor\n        node {\n          id status nickname metadata activeFeatures pendingFeatures restrictedFeatures supportedCurrencies created\n          balance { cash { amount currency } inboundPending { amount currency } outboundPending { amount currency } }\n          features {\n            cardIssuing { requested status statusDetails { code resolution restriction } }\n            financialAddresses { aba { requested status } }\n            outboundTransfers { ach { requested status statusDetails { code } } usDomesticWire { requested status } }\n          }\n          financialAddresses { type supportedNetworks aba { accountNumberLast4 routingNumber bankName } }\n          platformRestrictions { inboundFlows outboundFlows }\n          statusDetails { closed { reasons } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SqlCountList($first: Int!) {\n    treasuryFinancialAccounts(first: $first) {\n      edges {\n        cursor\n        node {\n          id status nickname metadata activeFeatures pendingFeatures restrictedFeatures supportedCurrencies created\n          balance { cash { amount currency } inboundPending { amount currency } outboundPending { amount currency } }\n          features {\n            cardIssuing { requested status statusDetails { code resolution restriction } }\n            financialAddresses { aba { requested status } }\n            outboundTransfers { ach { requested status statusDetails { code } } usDomesticWire { requested status } }\n          }\n          financialAddresses { type supportedNetworks aba { accountNumberLast4 routingNumber bankName } }\n          platformRestrictions { inboundFlows outboundFlows }\n          statusDetails { closed { reasons } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlCountNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on TreasuryFinancialAccount { status balance { cash { amount currency } } features { cardIssuing { status } } }\n      ... on Event { type data { object } }\n    }\n  }\n"): (typeof documents)["\n  query SqlCountNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on TreasuryFinancialAccount { status balance { cash { amount currency } } features { cardIssuing { status } } }\n      ... on Event { type data { object } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SqlCountEvents($first: Int!) { events(first: $first) { nodes { id type created data { object previousAttributes } request { id idempotencyKey } } } }\n"): (typeof documents)["\n  query SqlCountEvents($first: Int!) { events(first: $first) { nodes { id type created data { object previousAttributes } request { id idempotencyKey } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation SeedFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedPm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) { paymentMethod { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation SeedPm($input: CreatePaymentMethodInput!) {\n    createPaymentMethod(input: $input) { paymentMethod { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedBalance($id: ID!) {\n    treasuryFinancialAccount(id: $id) { balance { cash { amount } inboundPending { amount } outboundPending { amount } } }\n  }\n"): (typeof documents)["\n  query SeedBalance($id: ID!) {\n    treasuryFinancialAccount(id: $id) { balance { cash { amount } inboundPending { amount } outboundPending { amount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id livemode nickname }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation TenancyCreate($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) {\n      treasuryFinancialAccount { id livemode nickname }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyReads($fa: ID!, $evt: ID!, $ids: [ID!]!) {\n    treasuryFinancialAccount(id: $fa) { id nickname }\n    treasuryFinancialAccountFeatures(financialAccount: $fa) { object }\n    faNode: node(id: $fa) { id }\n    evtNode: node(id: $evt) { id }\n    nodes(ids: $ids) { id }\n    event(id: $evt) { id type }\n  }\n"): (typeof documents)["\n  query TenancyReads($fa: ID!, $evt: ID!, $ids: [ID!]!) {\n    treasuryFinancialAccount(id: $fa) { id nickname }\n    treasuryFinancialAccountFeatures(financialAccount: $fa) { object }\n    faNode: node(id: $fa) { id }\n    evtNode: node(id: $evt) { id }\n    nodes(ids: $ids) { id }\n    event(id: $evt) { id type }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyLists {\n    treasuryFinancialAccounts(first: 100) { nodes { id } }\n    open: treasuryFinancialAccounts(first: 100, status: OPEN) { nodes { id } }\n    events(first: 100) { nodes { id data { object } } }\n  }\n"): (typeof documents)["\n  query TenancyLists {\n    treasuryFinancialAccounts(first: 100) { nodes { id } }\n    open: treasuryFinancialAccounts(first: 100, status: OPEN) { nodes { id } }\n    events(first: 100) { nodes { id data { object } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code type field } }\n  }\n"): (typeof documents)["\n  mutation TenancyUpdate($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id nickname } userErrors { code type field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type field } }\n  }\n"): (typeof documents)["\n  mutation TenancyUpdateFeatures($input: UpdateTreasuryFinancialAccountFeaturesInput!) {\n    updateTreasuryFinancialAccountFeatures(input: $input) { treasuryFinancialAccountFeatures { object } userErrors { code type field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenancyClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type field } }\n  }\n"): (typeof documents)["\n  mutation TenancyClose($input: CloseTreasuryFinancialAccountInput!) {\n    closeTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id status } userErrors { code type field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyGet($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id nickname status metadata activeFeatures }\n  }\n"): (typeof documents)["\n  query TenancyGet($id: ID!) {\n    treasuryFinancialAccount(id: $id) { id nickname status metadata activeFeatures }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenancyFirstEvent { events(first: 1) { nodes { id type data { object } } } }\n"): (typeof documents)["\n  query TenancyFirstEvent { events(first: 1) { nodes { id type data { object } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenancyUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n"): (typeof documents)["\n  subscription TenancyUpdated($id: ID!) { treasuryFinancialAccountUpdated(id: $id) { id nickname } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenancyBalanceUpdated($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount currency } } }\n"): (typeof documents)["\n  subscription TenancyBalanceUpdated($id: ID!) { treasuryFinancialAccountBalanceUpdated(id: $id) { cash { amount currency } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TenancyStream($after: ID) { events(after: $after) { id type livemode data { object } } }\n"): (typeof documents)["\n  subscription TenancyStream($after: ID) { events(after: $after) { id type livemode data { object } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit { id status network linkedFlows { sourceFlowType } transaction { status entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation StoryCredit($input: TestHelpersCreateTreasuryReceivedCreditInput!) {\n    testHelpersCreateTreasuryReceivedCredit(input: $input) {\n      treasuryReceivedCredit { id status network linkedFlows { sourceFlowType } transaction { status entries(first: 5) { nodes { type } } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status transaction { status } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation StoryPay($input: CreateTreasuryOutboundPaymentInput!) {\n    createTreasuryOutboundPayment(input: $input) { treasuryOutboundPayment { id status transaction { status } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) {\n      nodes { id status amount network reversalDetails { restrictedReason }\n        linkedFlows { sourceFlowType creditReversal { id }\n          sourceFlow { __typename ... on TreasuryOutboundPayment { id } ... on TreasuryCreditReversal { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query StoryCredits($fa: ID!) {\n    treasuryReceivedCredits(financialAccount: $fa, first: 10) {\n      nodes { id status amount network reversalDetails { restrictedReason }\n        linkedFlows { sourceFlowType creditReversal { id }\n          sourceFlow { __typename ... on TreasuryOutboundPayment { id } ... on TreasuryCreditReversal { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryReverse($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal { id status amount network receivedCredit { id linkedFlows { creditReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation StoryReverse($input: CreateTreasuryCreditReversalInput!) {\n    createTreasuryCreditReversal(input: $input) {\n      treasuryCreditReversal { id status amount network receivedCredit { id linkedFlows { creditReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status transaction { status } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation StoryDebit($input: TestHelpersCreateTreasuryReceivedDebitInput!) {\n    testHelpersCreateTreasuryReceivedDebit(input: $input) { treasuryReceivedDebit { id status transaction { status } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoryDisputeDebit($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal { id status amount receivedDebit { id linkedFlows { debitReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation StoryDisputeDebit($input: CreateTreasuryDebitReversalInput!) {\n    createTreasuryDebitReversal(input: $input) {\n      treasuryDebitReversal { id status amount receivedDebit { id linkedFlows { debitReversal { id } } } transaction { status balanceImpact { cash inboundPending outboundPending } } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StoryStream($types: [String!]) { events(types: $types) { type data { object } } }"): (typeof documents)["subscription StoryStream($types: [String!]) { events(types: $types) { type data { object } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDeliveryCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret status enabledEvents } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation WhDeliveryCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id secret status enabledEvents } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDeliveryUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation WhDeliveryUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDeliveryDeleteEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id deleted } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation WhDeliveryDeleteEndpoint($input: DeleteWebhookEndpointInput!) {\n    deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id deleted } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhDeliveryEndpoints { webhookEndpoints(first: 100) { nodes { id } } }"): (typeof documents)["query WhDeliveryEndpoints { webhookEndpoints(first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDeliveryCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation WhDeliveryCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDeliveryUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation WhDeliveryUpdateFa($input: UpdateTreasuryFinancialAccountInput!) {\n    updateTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhDeliveryAttempts($id: ID!, $event: ID) {\n    webhookEndpoint(id: $id) {\n      deliveryAttempts(first: 20, event: $event) {\n        nodes { attemptNumber trigger succeeded responseStatus error durationMs created nextRetryAt event { id type } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhDeliveryAttempts($id: ID!, $event: ID) {\n    webhookEndpoint(id: $id) {\n      deliveryAttempts(first: 20, event: $event) {\n        nodes { attemptNumber trigger succeeded responseStatus error durationMs created nextRetryAt event { id type } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhDeliveryEvent($id: ID!) { event(id: $id) { id type pendingWebhooks data { object } } }"): (typeof documents)["query WhDeliveryEvent($id: ID!) { event(id: $id) { id type pendingWebhooks data { object } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhDeliveryEventsBySuccess($ok: Boolean) { events(first: 100, deliverySuccess: $ok) { nodes { id pendingWebhooks } } }\n"): (typeof documents)["\n  query WhDeliveryEventsBySuccess($ok: Boolean) { events(first: 100, deliverySuccess: $ok) { nodes { id pendingWebhooks } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhDeliveryFaEvents($type: String) { events(first: 100, type: $type) { nodes { id type data { object } } } }\n"): (typeof documents)["\n  query WhDeliveryFaEvents($type: String) { events(first: 100, type: $type) { nodes { id type data { object } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDeliveryResend($input: ResendEventInput!) {\n    resendEvent(input: $input) { event { id pendingWebhooks } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation WhDeliveryResend($input: ResendEventInput!) {\n    resendEvent(input: $input) { event { id pendingWebhooks } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDrainCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation WhDrainCreateEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDrainFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation WhDrainFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhMultiCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation WhMultiCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhMultiCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation WhMultiCreateFa($input: CreateTreasuryFinancialAccountInput!) {\n    createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhMultiEvents { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n"): (typeof documents)["\n  query WhMultiEvents { events(first: 100, type: \"treasury.financial_account.created\") { nodes { id pendingWebhooks } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhMultiAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus event { id } } } } }\n"): (typeof documents)["\n  query WhMultiAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 100) { nodes { attemptNumber responseStatus event { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhTargetCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation WhTargetCreateEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhTargetUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation WhTargetUpdateEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhTargetDeleteEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation WhTargetDeleteEndpoint($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedWebhookEndpoint { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhTargetCreateFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation WhTargetCreateFa($input: CreateTreasuryFinancialAccountInput!) { createTreasuryFinancialAccount(input: $input) { treasuryFinancialAccount { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhTargetAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 20) { nodes { succeeded responseStatus error } } } }\n"): (typeof documents)["\n  query WhTargetAttempts($id: ID!) { webhookEndpoint(id: $id) { deliveryAttempts(first: 20) { nodes { succeeded responseStatus error } } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;