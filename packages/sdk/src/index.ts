export type { CreateErrorOptions, ErrorCodeDefinition, ErrorCodes } from './errors/define-error-codes.js';
export { defineErrorCodes } from './errors/define-error-codes.js';
export type { IdPhotoErrorOptions, SafeDetail } from './errors/id-photo-error.js';
export { IdPhotoError, isIdPhotoError } from './errors/id-photo-error.js';
export { sdkErrors } from './errors/sdk-errors.js';
export type { ExifFacts } from './image/exif.js';
export { jpegExifBlock, readExif } from './image/exif.js';
export { withJfifDensity } from './image/jfif-density.js';
export type { JpegInfo } from './image/jpeg-info.js';
export { readJpegInfo } from './image/jpeg-info.js';
export type { JpegQualityEstimate } from './image/jpeg-quality.js';
export { estimateJpegQuality, readQuantTables } from './image/jpeg-quality.js';
export { crc32, withPngDensity } from './image/png-density.js';
export {
  convexHull,
  fillPolygon,
  forEachPixelInPolygon,
  growPolygon,
  polygonPixels,
} from './image/polygon.js';
export type {
  Box,
  GrayImage,
  ImageFormat,
  LocalizedText,
  Point,
  Point3,
  Rgb,
  RgbImage,
} from './image/types.js';
export { clampBox, createRgbImage } from './image/types.js';
export type {
  AnalyzeResult,
  CheckInput,
  CompareResult,
  CreateIdPhotoOptions,
  IdPhoto,
  MakeInput,
  MakeResult,
} from './orchestrator/create-id-photo.js';
export { createIdPhoto, primaryFace } from './orchestrator/create-id-photo.js';
export type { SubjectRegion } from './orchestrator/subject-region.js';
export { subjectRegion } from './orchestrator/subject-region.js';
export { Timings } from './orchestrator/timings.js';
export type {
  BundledComponent,
  IdPhotoPlugin,
  Lifetime,
  PluginContext,
  PluginDefinition,
  PluginFactory,
} from './plugin/define-plugin.js';
export { definePlugin, isIdPhotoPlugin } from './plugin/define-plugin.js';
export type { Logger } from './plugin/logger.js';
export { createJsonLogger, silentLogger } from './plugin/logger.js';
export type { RegisteredPlugin } from './plugin/registrar.js';
export { registerPlugins } from './plugin/registrar.js';
export type { Resolver, StageToken } from './plugin/token.js';
export { capabilityOf, defineToken } from './plugin/token.js';
export type {
  Expectation,
  ReportOutput,
  RuleStatus,
  ValidationItem,
  ValidationReport,
} from './report/validation-report.js';
export {
  ExpectationSchema,
  itemsPass,
  ReportOutputSchema,
  RuleStatusSchema,
  SimilarityResultSchema,
  ValidationItemSchema,
  ValidationReportSchema,
} from './report/validation-report.js';
export type { ResolvedBackground } from './spec/background.js';
export { parseHexColour, resolveBackground, tupleToRgb } from './spec/background.js';
export type { PixelComposition } from './spec/composition.js';
export { compositionInPixels, formatRange, inRange, intersect } from './spec/composition.js';
export { defineSpec, formatIssues } from './spec/define-spec.js';
export type {
  BackgroundOption,
  Composition,
  Range,
  SpecDefinition,
  SpecDefinitionInput,
  SpecRule,
} from './spec/spec-definition.schema.js';
export {
  BackgroundOptionSchema,
  CanvasSchema,
  CompositionSchema,
  FileSpecSchema,
  LocalizedTextSchema,
  RangeSchema,
  SpecDefinitionSchema,
  SpecRuleSchema,
  SpecSourceSchema,
} from './spec/spec-definition.schema.js';
export { SPECS } from './spec/token.js';
export type {
  CaptureInput,
  CaptureOriginal,
  CaptureOutput,
  CaptureStage,
  SourceImage,
} from './stages/capture/contract.js';
export { captureErrors } from './stages/capture/errors.js';
export { CAPTURE } from './stages/capture/token.js';
export type {
  EarVisibility,
  FaceAnalysis,
  FaceAnalyzeInput,
  FaceAnalyzeOutput,
  FaceAnalyzer,
  FaceEmbedding,
  RejectedFace,
} from './stages/face/contract.js';
export { faceErrors } from './stages/face/errors.js';
export { FACEMESH_FACE_OVAL } from './stages/face/mesh-topology.js';
export { FACE_ANALYZER } from './stages/face/token.js';
export type {
  BatchFulfillmentProvider,
  BatchState,
  FulfillmentArtifact,
  FulfillmentBatch,
  FulfillmentItem,
  FulfillmentProvider,
  PostalAddress,
  Shipment,
  ShipmentEvent,
  ShipmentFulfillmentProvider,
  ShipmentState,
} from './stages/fulfillment/contract.js';
export { fulfillmentErrors } from './stages/fulfillment/errors.js';
export { FULFILLMENT_PROVIDERS } from './stages/fulfillment/token.js';
export type { Identity, IdentityCredential, IdentitySource } from './stages/identity/contract.js';
export { identityErrors } from './stages/identity/errors.js';
export { IDENTITY_SOURCES } from './stages/identity/token.js';
export type { MattingInput, MattingOutput, MattingStage } from './stages/matting/contract.js';
export { mattingErrors } from './stages/matting/errors.js';
export { measureHeadTop } from './stages/matting/head-top.js';
export { MATTING } from './stages/matting/token.js';
export type {
  CreatePaymentInput,
  CreatePaymentOutput,
  Money,
  PaymentChannel,
  PaymentInvocation,
  PaymentNotification,
  PaymentNotificationInput,
  PaymentProvider,
  PaymentState,
  PaymentTransaction,
  RefundInput,
  RefundRecord,
  RefundState,
} from './stages/payment/contract.js';
export { paymentErrors } from './stages/payment/errors.js';
export { PAYMENT_PROVIDERS } from './stages/payment/token.js';
export type {
  CropPlan,
  Photo,
  RenderInput,
  RenderNote,
  RenderOutput,
  RenderStage,
  RetouchOptions,
} from './stages/render/contract.js';
export { renderErrors } from './stages/render/errors.js';
export { RENDER } from './stages/render/token.js';
export type { SimilarityInput, SimilarityResult, SimilarityStage } from './stages/similarity/contract.js';
export { similarityErrors } from './stages/similarity/errors.js';
export { SIMILARITY } from './stages/similarity/token.js';
export type {
  ReferenceComparison,
  RuleContext,
  RuleOutcome,
  SpecValidator,
  ValidateInput,
  ValidateOutput,
  ValidationRule,
  ValidationSubject,
} from './stages/validator/contract.js';
export { validatorErrors } from './stages/validator/errors.js';
export { SPEC_VALIDATOR, VALIDATION_RULES } from './stages/validator/token.js';
export { SDK_VERSION } from './version.js';
