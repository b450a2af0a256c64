package marketplace

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Errors returned by the marketplace. Reverts of the contracts are decoded
// into a *RevertError that wraps one of these, so callers use errors.Is.
var (
	ErrChainUnreachable      = errors.New("chain unreachable")
	ErrNotDeployed           = errors.New("contract not deployed")
	ErrNoEther               = errors.New("not enough ether to pay for the transaction")
	ErrReverted              = errors.New("transaction reverted")
	ErrInsufficientBalance   = errors.New("insufficient token balance")
	ErrInsufficientAllowance = errors.New("insufficient token allowance")
	ErrBadSignature          = errors.New("wrong signature")
	ErrBadListing            = errors.New("listing signature does not match its author")
	ErrListingExists         = errors.New("listing already published")
	ErrListingNotFound       = errors.New("listing not found")
	ErrListingDeprecated     = errors.New("listing is deprecated")
	ErrVersionNotNewer       = errors.New("listing version is not newer than the latest")
	ErrInvalidInput          = errors.New("invalid input")
	ErrGasPriceTooLow        = errors.New("gas price below the listing's minimum")
	ErrJobExists             = errors.New("job id already used by another job")
	ErrJobNotFound           = errors.New("job not found")
	ErrJobExpired            = errors.New("job is past its deadline")
	ErrJobNotExpired         = errors.New("job deadline has not passed yet")
	ErrAlreadyClaimed        = errors.New("slot already claimed by this device")
	ErrNoSlotLeft            = errors.New("every device slot of the job is taken")
	ErrSlotNotClaimed        = errors.New("device has not claimed a slot in the job")
	ErrReceiptReplayed       = errors.New("receipt already submitted")
	ErrReceiptOverGasLimit   = errors.New("receipt gas limit is over the job's gas limit")
	ErrReceiptNotFound       = errors.New("receipt not found")
	ErrAlreadySettled        = errors.New("receipt already settled")
	ErrReceiptVoided         = errors.New("receipt was voided")
	ErrChallengeWindowOpen   = errors.New("challenge window still open")
	ErrChallengeWindowClosed = errors.New("challenge window closed")
	ErrVoidRefused           = errors.New("void refused")
	ErrNothingToRefund       = errors.New("nothing to refund")
	ErrNotAuthor             = errors.New("caller is not the listing's author")
	ErrCheckpointAccepted    = errors.New("checkpoint already accepted")
	ErrRoundNotIncreasing    = errors.New("round is not above the job's last accepted round")
	ErrApprovalRefused       = errors.New("checkpoint approval refused")
	ErrNotCustomer           = errors.New("caller is not the job's customer")
	ErrReportRecorded        = errors.New("another report is already recorded for the job")
)

// RevertError is a decoded custom-error revert of one of the contracts.
type RevertError struct {
	Name string         // Solidity error name, e.g. "JobExpired"
	Args map[string]any // its arguments by name
	Kind error          // the sentinel it maps to
	Hint string         // what to do
}

func (e *RevertError) Error() string {
	return fmt.Sprintf("%v: %s%s: %s", e.Kind, e.Name, formatArgs(e.Args), e.Hint)
}

// Unwrap returns the sentinel so that errors.Is works.
func (e *RevertError) Unwrap() error { return e.Kind }

func formatArgs(args map[string]any) string {
	if len(args) == 0 {
		return ""
	}
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%v", k, args[k])
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// revertKinds maps each custom error of the four contracts (and of
// OpenZeppelin's ERC-20) to a sentinel and to what the user should do.
var revertKinds = map[string]struct {
	kind error
	hint string
}{
	"ERC20InsufficientBalance":       {ErrInsufficientBalance, "fund the account with tokens (dmlrun balance shows it), then retry"},
	"ERC20InsufficientAllowance":     {ErrInsufficientAllowance, "approve the escrow for at least the deposit, then retry"},
	"ERC20InvalidReceiver":           {ErrInvalidInput, "use a non-zero address"},
	"ERC20InvalidSender":             {ErrInvalidInput, "use a non-zero address"},
	"ERC20InvalidApprover":           {ErrInvalidInput, "use a non-zero address"},
	"ERC20InvalidSpender":            {ErrInvalidInput, "use a non-zero address"},
	"OwnableInvalidOwner":            {ErrInvalidInput, "use a non-zero owner"},
	"StringTooLong":                  {ErrInvalidInput, "EIP-712 domain strings are fixed at deployment"},
	"InvalidShortString":             {ErrInvalidInput, "EIP-712 domain strings are fixed at deployment"},
	"OwnableUnauthorizedAccount":     {ErrNotAuthor, "only the token owner (the deployer) may mint"},
	"ListingExists":                  {ErrListingExists, "it is already registered; use its id"},
	"ListingNotFound":                {ErrListingNotFound, "check the listing id (dmlrun market list)"},
	"BadListingSignature":            {ErrBadSignature, "sign the listing with the author's key"},
	"VersionNotNewer":                {ErrVersionNotNewer, "publish with a higher version number"},
	"RoyaltyTooHigh":                 {ErrInvalidInput, "royalty is in basis points, at most 10000"},
	"EmptyField":                     {ErrInvalidInput, "fill in the named field"},
	"NotAuthor":                      {ErrNotAuthor, "deprecate with the author's key"},
	"AlreadyDeprecated":              {ErrListingDeprecated, "nothing to do"},
	"JobExists":                      {ErrJobExists, "choose another job id"},
	"JobNotFound":                    {ErrJobNotFound, "check the job id (dmlrun job list)"},
	"ListingDeprecated":              {ErrListingDeprecated, "use the author's newer version of the listing"},
	"GasPriceTooLow":                 {ErrGasPriceTooLow, "raise the gas price to the listing's minimum"},
	"DeadlineInPast":                 {ErrJobExpired, "set a deadline in the future"},
	"TooManyVerifiers":               {ErrInvalidInput, "use at most 32 verifiers"},
	"BadQuorum":                      {ErrInvalidInput, "quorum must be between 1 and the number of verifiers (0 without verifiers)"},
	"JobExpired":                     {ErrJobExpired, "the job is closed; post a new job (its customer can refund this one)"},
	"JobNotExpired":                  {ErrJobNotExpired, "wait until the deadline has passed"},
	"AlreadyClaimed":                 {ErrAlreadyClaimed, "this device already holds a slot; run and submit"},
	"NoSlotLeft":                     {ErrNoSlotLeft, "pick another job"},
	"SlotNotClaimed":                 {ErrSlotNotClaimed, "claim a slot in the job first"},
	"SlotAlreadySubmitted":           {ErrReceiptReplayed, "one receipt per device and job; nothing to do"},
	"ReceiptReplayed":                {ErrReceiptReplayed, "nothing to do: it is recorded"},
	"BadReceiptSignature":            {ErrBadSignature, "sign the receipt with the device's key, unchanged"},
	"ReceiptGasLimitTooHigh":         {ErrReceiptOverGasLimit, "re-run with --gas-limit at most the job's gas limit"},
	"ReceiptNotFound":                {ErrReceiptNotFound, "check the receipt id"},
	"ReceiptAlreadySettled":          {ErrAlreadySettled, "nothing to do: it is paid"},
	"ReceiptIsVoided":                {ErrReceiptVoided, "nothing to pay: verifiers voided it"},
	"ChallengeWindowOpen":            {ErrChallengeWindowOpen, "wait until settleableAt, then settle"},
	"ChallengeWindowClosed":          {ErrChallengeWindowClosed, "too late to void; the receipt stands"},
	"SameResultHash":                 {ErrVoidRefused, "the re-execution agrees with the receipt; nothing to void"},
	"NoVerifiers":                    {ErrVoidRefused, "this job has no verifiers"},
	"BadVoidSignature":               {ErrBadSignature, "each verifier signs the void with its own key"},
	"VoidSignersNotSorted":           {ErrVoidRefused, "give one signature per verifier, sorted by address"},
	"NotVerifier":                    {ErrVoidRefused, "only the job's verifiers may sign a void"},
	"QuorumNotReached":               {ErrVoidRefused, "collect signatures from at least quorum verifiers"},
	"NothingToRefund":                {ErrNothingToRefund, "nothing to do: the remainder was refunded"},
	"SafeCastOverflowedUintDowncast": {ErrInvalidInput, "gas price too large"},
	"SafeERC20FailedOperation":       {ErrReverted, "the token refused the transfer"},
	"CheckpointAlreadyAccepted":      {ErrCheckpointAccepted, "a checkpoint is accepted once: train a new one"},
	"RoundNotIncreasing":             {ErrRoundNotIncreasing, "approve the job's rounds in increasing order, from nextRound"},
	"NoApprovers":                    {ErrApprovalRefused, "the job has no verifiers; post it with verifiers and a quorum"},
	"BadApprovalSignature":           {ErrBadSignature, "each approver signs the checkpoint approval with its own key"},
	"ApproversNotSorted":             {ErrApprovalRefused, "give one signature per approver, sorted by address"},
	"NotApprover":                    {ErrApprovalRefused, "only the job's verifiers may approve its checkpoints"},
	"ApprovalQuorumNotReached":       {ErrApprovalRefused, "collect approvals from at least quorum of the job's verifiers"},
	"NotCustomer":                    {ErrNotCustomer, "record the report with the job's customer key"},
	"ReportAlreadyRecorded":          {ErrReportRecorded, "a job's report is recorded once; post a new job for a new report"},
}
