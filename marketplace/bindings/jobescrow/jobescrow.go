// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package jobescrow

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// JobEscrowJob is an auto generated low-level Go binding around an user-defined struct.
type JobEscrowJob struct {
	Customer      common.Address
	Deadline      uint64
	DevicesWanted uint32
	Author        common.Address
	GasLimit      uint64
	Claimed       uint32
	RoyaltyBps    uint16
	Quorum        uint8
	Submitted     uint32
	ListingId     [32]byte
	GasPrice      *big.Int
	PricePerRun   *big.Int
	Deposit       *big.Int
	Committed     *big.Int
	Paid          *big.Int
	Refunded      *big.Int
	ParamsCid     string
	ModelCid      string
	Verifiers     []common.Address
}

// JobEscrowJobInput is an auto generated low-level Go binding around an user-defined struct.
type JobEscrowJobInput struct {
	JobId         [32]byte
	ListingId     [32]byte
	ParamsCid     string
	ModelCid      string
	GasLimit      uint64
	GasPrice      *big.Int
	DevicesWanted uint32
	Deadline      uint64
	Verifiers     []common.Address
	Quorum        uint8
}

// JobEscrowReceiptInput is an auto generated low-level Go binding around an user-defined struct.
type JobEscrowReceiptInput struct {
	JobId           [32]byte
	Device          common.Address
	ModuleCid       string
	ModuleSha256    [32]byte
	InputCommitment [32]byte
	ParamsSha256    [32]byte
	ModelSha256     [32]byte
	ResultHash      [32]byte
	Status          string
	GasUsed         uint64
	GasLimit        uint64
	GasTable        string
	Determinism     string
	AbiVersion      uint32
	RuntimeVersion  string
}

// JobEscrowReceiptRecord is an auto generated low-level Go binding around an user-defined struct.
type JobEscrowReceiptRecord struct {
	JobId           [32]byte
	Device          common.Address
	SubmittedAt     uint64
	State           uint8
	DevicePay       *big.Int
	AuthorFee       *big.Int
	InputCommitment [32]byte
	ResultHash      [32]byte
}

// JobEscrowMetaData contains all meta data concerning the JobEscrow contract.
var JobEscrowMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractAlgorithmRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"BadQuorum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"BadReceiptSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadVoidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"closedAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"settleableAt\",\"type\":\"uint256\"}],\"name\":\"ChallengeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"DeadlineInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice\",\"type\":\"uint256\"}],\"name\":\"GasPriceTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"JobExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"JobNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"ListingDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"ListingNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"devicesWanted\",\"type\":\"uint32\"}],\"name\":\"NoSlotLeft\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NoVerifiers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotVerifier\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NothingToRefund\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"ReceiptAlreadySettled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"receiptGasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"jobGasLimit\",\"type\":\"uint64\"}],\"name\":\"ReceiptGasLimitTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"ReceiptIsVoided\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"ReceiptNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"ReceiptReplayed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"SameResultHash\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"SlotAlreadySubmitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"SlotNotClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyVerifiers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"VoidSignersNotSorted\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"name\":\"JobPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"devicePay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"authorFee\",\"type\":\"uint256\"}],\"name\":\"ReceiptSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"devicePay\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"authorFee\",\"type\":\"uint256\"}],\"name\":\"ReceiptSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reexecResultHash\",\"type\":\"bytes32\"}],\"name\":\"ReceiptVoided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"SlotClaimed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_VERIFIERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VOID_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"devicesWanted\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerRun\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"}],\"name\":\"depositFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"getJob\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"devicesWanted\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"claimed\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"submitted\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerRun\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"refunded\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"paramsCid\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"modelCid\",\"type\":\"string\"},{\"internalType\":\"address[]\",\"name\":\"verifiers\",\"type\":\"address[]\"}],\"internalType\":\"structJobEscrow.Job\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"getReceipt\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"enumJobEscrow.ReceiptState\",\"name\":\"state\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"devicePay\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"authorFee\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"inputCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"internalType\":\"structJobEscrow.ReceiptRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"paramsCid\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"modelCid\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"gasPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"devicesWanted\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"verifiers\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"internalType\":\"structJobEscrow.JobInput\",\"name\":\"in_\",\"type\":\"tuple\"}],\"name\":\"postJob\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"moduleCid\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"moduleSha256\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsSha256\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelSha256\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"status\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"gasTable\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"determinism\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"abiVersion\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"runtimeVersion\",\"type\":\"string\"}],\"internalType\":\"structJobEscrow.ReceiptInput\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"refundable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractAlgorithmRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"receiptIds\",\"type\":\"bytes32[]\"}],\"name\":\"settleBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"slotOf\",\"outputs\":[{\"internalType\":\"enumJobEscrow.Slot\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"moduleCid\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"moduleSha256\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"paramsSha256\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"modelSha256\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"status\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"gasUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"gasTable\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"determinism\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"abiVersion\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"runtimeVersion\",\"type\":\"string\"}],\"internalType\":\"structJobEscrow.ReceiptInput\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"submitReceipt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputCommitment\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultHash\",\"type\":\"bytes32\"}],\"name\":\"voidDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reexecResultHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"voidReceipt\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "JobEscrow",
	Bin: "0x6101c080604052346101fb57606081612c71803803809161002082856101ff565b8339810103126101fb578051906001600160a01b03821682036101fb576020810151906001600160a01b03821682036101fb5760400151916001600160401b03831683036101fb576040516100766040826101ff565b600d815260208101906c444d4c204a6f62457363726f7760981b8252604051916100a16040846101ff565b600183526020830191603160f81b83526100ba81610236565b610120526100c784610236565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261013060c0826101ff565b5190206080523060c05261016052610180526101a0526040516129cf90816102a282396080518161282c015260a051816128e9015260c051816127f6015260e0518161287b015261010051816128a1015261012051816117390152610140518161176201526101605181818161025101528181610f310152818161164d015281816116790152818161191201528181611a1e01528181611b920152611c26015261018051818181610bdf015261182e01526101a0518181816116fd01528181611daf01526126bd0152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761022257604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610261576020815191015160208210610252571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c806311d36f6814611fdb57806321f2c79714611d1c5780633fbf9e8914611cc65780634ae1410014611c8c5780634d10bc381461198b57806366b17495146119715780637249fbb61461185d5780637b1039991461181957806384b0196e14611721578063861a1412146116de57806395850f59146116a4578063987757dd1461156d5780639fb314751461154f578063b50a09d4146114f4578063bca18e65146114ad578063bd66528a1461136e578063cf701eb014610b5f578063f3d8ffb7146105f6578063f729cf0d14610280578063fc0c546a1461023c5763fcecbb6114610100575f80fd5b34610238576020366003190112610238575f60e06040516101208161205d565b8281528260208201528260408201528260608201528260808201528260a08201528260c082015201526004355f52600460205261010060405f20604051906101678261205d565b805482526001810154906001600160801b03602084019260018060a01b03811684528160ff60408701926001600160401b038160a01c16845260e01c169160608701926101b381612053565b83526002850154926001600160401b036080890192848616845260a08a019560801c8652600460038901549860c08c01998a5201549860e08b01998a526040519a518b5260018060a01b0390511660208b0152511660408901525161021781612053565b606088015251166080860152511660a08401525160c08301525160e0820152f35b5f80fd5b34610238575f366003190112610238576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102385760203660031901126102385760606102406040516102a281612079565b5f81525f60208201525f60408201525f838201525f60808201525f60a08201525f60c08201525f60e08201525f6101008201525f6101208201525f6101408201525f6101608201525f6101808201525f6101a08201525f6101c08201525f6101e0820152826102008201528261022082015201526004355f52600260205260405f206040519061033182612079565b805460018060a01b03811683526001600160401b038160a01c16602084015260e01c6040830152600181015460018060a01b03811660608401526001600160401b038160a01c16608084015260e01c60a083015263ffffffff600282015461ffff811660c085015260ff8160101c1660e085015260181c16610100830152600381015461012083015260048101546101408301526005810154610160830152600681015461018083015260078101546101a083015260088101546101c083015260098101546101e0830152610408600a8201612525565b61020083015261041a600b8201612525565b6102208301526040518082600c60208184960154948581520191015f5260205f20925f5b8181106105d457505061045392500382612095565b61024082015260405180916020825260018060a01b0381511660208301526001600160401b03602082015116604083015263ffffffff604082015116606083015260018060a01b0360608201511660808301526001600160401b0360808201511660a083015263ffffffff60a08201511660c083015261ffff60c08201511660e083015260ff60e08201511661010083015263ffffffff610100820151166101208301526101208101516101408301526101408101516101608301526101608101516101808301526101808101516101a08301526101a08101516101c08301526101c08101516101e08301526101e081015161020083015261024061058461056e61020084015161026061022087015261028086019061202f565b610220840151858203601f19018487015261202f565b91015190601f1983820301610260840152602080835192838152019201905f5b8181106105b2575050500390f35b82516001600160a01b03168452859450602093840193909201916001016105a4565b84546001600160a01b031683526001948501948694506020909301920161043e565b34610238576040366003190112610238576004356001600160401b0381116102385780600401906101e0600319823603011261023857602435916001600160401b0383116102385736602384011215610238578260040135926001600160401b03841161023857366024858301011161023857610672826122c1565b93845f52600460205260ff600160405f20015460e01c1661069281612053565b610b4c576106ae916106a891602436920161214f565b846125eb565b506106b881612053565b15801590610b25575b610af55750355f81815260026020526040902080546001600160a01b03811615610ae2576001600160401b039060a01c16804211610acc5750815f52600360205260405f20602484019061071482612288565b60018060a01b03165f5260205260ff60405f2054166003811015610ab8578015610a8b57600214610a5e57906001600160401b039161014485016107578161229c565b84600185015460a01c169485911611610a36575090859291610124860192806001600160401b036107878661229c565b161015610a3157506107988361229c565b60048301546107af916001600160401b03166121a1565b906005830154926002810193845461ffff166107cb90856121a1565b61271090046107d991612110565b93875f52600360205260405f206107ef84612288565b600160a01b60019003165f5260205260405f2060ff19815416600217905580548060181c63ffffffff1661082290612477565b60181b66ffffffff000000169066ffffffff00000019161790556108468484612110565b906007019081549061085791612110565b905561086281612288565b61086b836127c2565b610874856127c2565b9860e4810135998a926040519461088a8661205d565b8b86526020860190600160a01b6001900316815260408601426001600160401b0316815260608701906001825260808801936001600160801b0316845260a08801946001600160801b0316855260c088019560840135865260e088019687528c5f52600460205260405f20975188556001880192600160a01b6001900390600160a01b60019003905116166bffffffffffffffffffffffff60a01b845416178355516001600160401b03166109619083908154906001600160401b0360a01b9060a01b16906001600160401b0360a01b1916179055565b5161096b81612053565b61097481612053565b815460ff60e01b191660e09190911b60ff60e01b1617905551905160801b6fffffffffffffffffffffffffffffffff19166001600160801b03909116176002840155516003830155516004909101556109cc90612288565b926109d69061229c565b604080519788526001600160401b0391909116602088015286015260608501526001600160a01b0316927f8a36ecd2b8cf5980978e5c5edf8cef6a420e9ba6e0539b8d4a9546897ac7a41490608090a4604051908152602090f35b610798565b6001600160401b03610a48859261229c565b631b1ef0c360e31b5f521660045260245260445ffd5b610a689150612288565b63763efb8f60e11b5f9081526004929092526001600160a01b0316602452604490fd5b83610a9583612288565b6318604ec160e21b5f9081526004929092526001600160a01b0316602452604490fd5b634e487b7160e01b5f52602160045260245ffd5b82633088c07d60e11b5f5260045260245260445ffd5b8263c182b72d60e01b5f5260045260245ffd5b610b0160248401612288565b637199036360e11b5f9081526001600160a01b039182166004529116602452604490fd5b506001600160a01b03610b3a60248501612288565b166001600160a01b03821614156106c1565b84631648f23b60e01b5f5260045260245ffd5b34610238576020366003190112610238576004356001600160401b038111610238578060040161014060031983360301126102385780358015611340575f818152600260205260409020546001600160a01b031661132e576024830135916040519363904c432960e01b855283600486015260a085602481600180851b037f0000000000000000000000000000000000000000000000000000000000000000165afa918215611323575f915f5f945f985f916112ab575b506001600160a01b03851615611298576112855760a48201359780891061126f575060848201976001600160401b03610c4e8a61229c565b161561123e5760c483019863ffffffff610c678b6122b0565b16156112085760e4840196610c7b8861229c565b6001600160401b0342911611156111e057610104850196610c9c888861248f565b939050602084116111c8576101248701938060ff610cb9876124c4565b161180156111ab575b61118a57508c838787610cd48561229c565b93610cde906122b0565b90610ce8946121b4565b5f8c815260026020526040902080546001600160a01b03191633178155909d909a610d129061229c565b8b5467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b16178b55610d41906122b0565b8a546001600160e01b031660e09190911b6001600160e01b031916178a5560018a0180546001600160a01b0319166001600160a01b03909316929092178255610d899061229c565b815467ffffffffffffffff60a01b191660a09190911b67ffffffffffffffff60a01b161790556002880191825490610dc0906124c4565b60101b62ff0000169161ffff169062ffffff1916171790558760038701556004860155600585015586600685015560448101610dfc908361211d565b600a8601916001600160401b03821161100b57610e1983546124d2565b601f8111611150575b505f90601f83116001146110e557918060649492610e5d96945f926110da575b50508160011b915f199060031b1c19161790555b018261211d565b600b8501916001600160401b03821161100b57610e7a83546124d2565b601f8111611097575b505f90601f831160011461102a579180600c97969492610ebd96945f9261101f575b50508160011b915f199060031b1c191617905561248f565b92909101906001600160401b03831161100b5768010000000000000000831161100b578154838355808410610fef575b50905f5260205f205f5b838110610fd45750505050604051908382527faa487c6124f6cdef9597514efb7757b9c21327520ff613bdab2385d3554b6b1c60203393a47f000000000000000000000000000000000000000000000000000000000000000090604051906323b872dd60e01b5f5233600452306024528060445260205f60648180875af160015f5114811615610fb5575b826040525f60605215610f9757602092508152f35b635274afe760e01b5f9081526001600160a01b038416600452602490fd5b6001811516610fcb57833b15153d151616610f82565b823d5f823e3d90fd5b6001906020610fe285612288565b9401938184015501610ef7565b61100590835f52848060205f200191039061250a565b86610eed565b634e487b7160e01b5f52604160045260245ffd5b013590508b80610ea5565b601f19831691845f5260205f20925f5b81811061107f5750926001928592610ebd9896600c9b9a989610611066575b505050811b01905561248f565b01355f19600384901b60f8161c191690558b8080611059565b9193602060018192878701358155019501920161103a565b82811115610e83576110cc90845f5260205f2090601f850160051c90602086106110d2575b601f82910160051c03910161250a565b89610e83565b5f91506110bc565b013590508c80610e42565b601f19831691845f5260205f20925f5b8181106111385750926001928592610e5d9896606498961061111f575b505050811b019055610e56565b01355f19600384901b60f8161c191690558c8080611112565b919360206001819287870135815501950192016110f5565b82811115610e225761118490845f5260205f2090601f850160051c90602086106110d257601f82910160051c03910161250a565b8a610e22565b60ff611195866124c4565b6365846b7f60e01b5f521660045260245260445ffd5b508015158015610cc2575060ff6111c1866124c4565b1615610cc2565b83637196cf3960e11b5f52600452602060245260445ffd5b6001600160401b036111f18961229c565b6342fdf93760e01b5f52166004524260245260445ffd5b60405163a69290e760e01b815260206004820152600d60248201526c19195d9a58d95cd5d85b9d1959609a1b6044820152606490fd5b60405163a69290e760e01b815260206004820152600860248201526719d85cd31a5b5a5d60c21b6044820152606490fd5b8863185aeedb60e11b5f5260045260245260445ffd5b866366f1af7f60e01b5f5260045260245ffd5b876345abffa960e01b5f5260045260245ffd5b955050509150945060a0823d60a01161131b575b816112cc60a09383612095565b81010312610238578151946001600160a01b038616860361023857602083015191604084015161ffff811681036102385760806060860151950151978815158903610238579390949789610c16565b3d91506112bf565b6040513d5f823e3d90fd5b639e2b4bfd60e01b5f5260045260245ffd5b60405163a69290e760e01b81526020600482015260056024820152641a9bd8925960da1b6044820152606490fd5b34610238576020366003190112610238576004355f818152600260205260409020805491906001600160a01b0383161561149a576001600160401b038360a01c16804211610acc57505f8281526003602081815260408084203385529091529091205460ff1690811015610ab85761148357600101805460e01c9260e01c8084101561146d57506114026114229293612477565b81546001600160e01b031660e09190911b6001600160e01b031916179055565b5f8181526003602090815260408083203380855292528220805460ff1916600117905591907fd60bdb8e18ebad1b44927a415324f763aeab30b25eafbca9fa68845a2ec819489080a3005b82637ebbb9d360e01b5f5260045260245260445ffd5b5063546511c760e11b5f526004523360245260445ffd5b5063c182b72d60e01b5f5260045260245ffd5b34610238576020366003190112610238576004356001600160401b038111610238576101e06003198236030112610238576114ec6020916004016122c1565b604051908152f35b34610238576040366003190112610238576024356001600160a01b0381168103610238576004355f52600360205260405f209060018060a01b03165f5260205260ff60405f2054166040516003821015610ab8576020918152f35b346102385760203660031901126102385760206114ec600435612223565b3461023857602036600319011261023857600435805f52600460205260405f206115978282612672565b60018101600160e11b60ff60e01b1982541617815581545f52600260205260405f20926002830154906001600160801b0382169160801c936115d98584612110565b6115e860088801918254612110565b9055549260018060a01b039054169283917fc429078b36d592f1bf76c1f12f1ca4c553be70723c2ad50d40a444e32b7ec06d60408051868152886020820152a480611673575b50508061163757005b60019091015461167191906001600160a01b03167f0000000000000000000000000000000000000000000000000000000000000000612741565b005b61169d917f0000000000000000000000000000000000000000000000000000000000000000612741565b828061162e565b34610238575f3660031901126102385760206040517f48052c99302437ed6ba1fa40ae32a8096b801ea538a999802218f805740ea2188152f35b34610238575f3660031901126102385760206040516001600160401b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610238575f366003190112610238576117bd61175d7f0000000000000000000000000000000000000000000000000000000000000000612991565b6117867f0000000000000000000000000000000000000000000000000000000000000000612991565b60206117cb604051926117998385612095565b5f84525f368137604051958695600f60f81b875260e08588015260e087019061202f565b90858203604087015261202f565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061180257505050500390f35b8351855286955093810193928101926001016117f3565b34610238575f366003190112610238576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b34610238576020366003190112610238576004355f81815260026020526040902080546001600160a01b03811690811561195e576001600160401b039060a01c1680421115611948575060096118bc6006840154600785015490612194565b92016118ca81548094612194565b92831561193657918060209585936118e5856114ec97612110565b90557ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe18387604051868152a37f0000000000000000000000000000000000000000000000000000000000000000612741565b8462c7066360e81b5f5260045260245ffd5b83637d025a4d60e01b5f5260045260245260445ffd5b8363c182b72d60e01b5f5260045260245ffd5b34610238575f366003190112610238576020604051818152f35b34610238576020366003190112610238576004356001600160401b038111610238576119bb903690600401611fff565b5f808052600260205290918190819081907fac33ff75c19e70fe83507db0d683fd3465c996598dc972688b7ace676c89077b908290815b888310611a61575050506020955081611a49575b505080611a18575b5050604051908152f35b611a42917f0000000000000000000000000000000000000000000000000000000000000000612741565b8280611a0e565b6008611a589101918254612110565b90558480611a06565b909196889594611a728988866121ff565b355f52600460205260405f2060018101805460ff8160e01c16611a9481612053565b60028114908115611c78575b50611c6957611aba611ab38d8c8a6121ff565b3584612672565b60ff60e01b1916600160e11b1781558154918b90868403611bbd575b917fc429078b36d592f1bf76c1f12f1ca4c553be70723c2ad50d40a444e32b7ec06d611b3a6040969593611b336002611b2d970154976001600160801b0389169860801c978891611b27838c612110565b90612110565b9e612110565b9d8b6121ff565b9154865186815260208101959095526001600160a01b0316958694923592a480611b8c575b50505f198114611b78576001809101975b0191906119f2565b634e487b7160e01b5f52601160045260245ffd5b611bb6917f0000000000000000000000000000000000000000000000000000000000000000612741565b8980611b5f565b9791955050829192611c51575b50505f908093815f5260026020528a60405f209760018060a01b0360018a01541660018060a01b038d168103611c01575b50611ad6565b99809c91939c95949295611c20575b50505f989a918e94919394611bfb565b611c4a917f0000000000000000000000000000000000000000000000000000000000000000612741565b8d80611c10565b6008611c609101918254612110565b90558a80611bca565b50505094955096600190611b70565b60039150611c8581612053565b148e611aa0565b34610238575f3660031901126102385760206040517f5ad2d2f232832a4abe111e5490d65c0b17e296541a30707a254dace4970f5c0e8152f35b346102385760a0366003190112610238576004356001600160401b03811681036102385760443563ffffffff811681036102385760843561ffff81168103610238576020926114ec9260643591602435906121b4565b34610238576060366003190112610238576004356024356044356001600160401b03811161023857611d52903690600401611fff565b919092805f52600460205260405f2091600183019485549160ff8360e01c16611d7a81612053565b8015611fc857611d8981612053565b60028114611fb557600390611d9d81612053565b14611fa257611de16001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166001600160401b038560a01c16612110565b80421015611f8c575060048501548114611f7a57845493845f52600260205260405f209560ff600288015460101c16988915611f6757611e26846003840154856120b6565b955f9a5f9b5b8b8d1015611ed257611e56611e50611e498f60051b8b018b61211d565b369161214f565b8a6125eb565b50909190611e6381612053565b611ebf576001600160a01b038281169116811115611eac57611e85828d612625565b15611e9657506001909c019b611e2c565b8a63469d22b760e11b5f5260045260245260445ffd5b8d6303d2d7cb60e61b5f5260045260245ffd5b8d6302f9a3a760e01b5f5260045260245ffd5b50908992918b818110611f5257505060ff60e01b1916600360e01b17905560028201547f5c0d7342c4804223a4aa60c47dc3e13a5406e2aadfd6cab85933049356b59a33926020929091611f4590600790611f3b90608081901c906001600160801b0316612110565b9201918254612194565b90555493604051908152a3005b635c8dda6b60e01b5f5260045260245260445ffd5b86631c6aa4c160e01b5f5260045260245ffd5b836294389760e11b5f5260045260245ffd5b84634a7c9f8360e01b5f5260045260245260445ffd5b8363e2abe46560e01b5f5260045260245ffd5b8463ceca14df60e01b5f5260045260245ffd5b8463e69f2ea160e01b5f5260045260245ffd5b346102385760603660031901126102385760206114ec6044356024356004356120b6565b9181601f84011215610238578235916001600160401b038311610238576020808501948460051b01011161023857565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b60041115610ab857565b61010081019081106001600160401b0382111761100b57604052565b61026081019081106001600160401b0382111761100b57604052565b90601f801991011681019081106001600160401b0382111761100b57604052565b9061210d926040519160208301937f5ad2d2f232832a4abe111e5490d65c0b17e296541a30707a254dace4970f5c0e85526040840152606083015260808201526080815261210560a082612095565b5190206125c5565b90565b91908201809211611b7857565b903590601e198136030182121561023857018035906001600160401b0382116102385760200191813603831361023857565b9291926001600160401b03821161100b5760405191612178601f8201601f191660200184612095565b829481845281830111610238578281602093845f960137010152565b91908203918211611b7857565b81810292918115918404141715611b7857565b936127106121f063ffffffff949561ffff6121e86121e16121f7976001600160401b0361210d9c166121a1565b9283612110565b9416906121a1565b0490612110565b9116906121a1565b919081101561220f5760051b0190565b634e487b7160e01b5f52603260045260245ffd5b5f90815260026020526040902080546001600160a01b03811615908115612271575b5061226c57806009612263600661210d940154600784015490612194565b91015490612194565b505f90565b6001600160401b03915060a01c164211155f612245565b356001600160a01b03811681036102385790565b356001600160401b03811681036102385790565b3563ffffffff811681036102385790565b61210d9060206121056122d5828401612288565b826122e6611e49604087018761211d565b8181519101209460405195828701937f48052c99302437ed6ba1fa40ae32a8096b801ea538a999802218f805740ea21885528235604089015260018060a01b031660608801526080870152606081013560a0870152608081013560c087015260a081013560e087015260c081013561010087015260e0810135610120870152610120865261237661014087612095565b612387611e4961010083018361211d565b8281519101209063ffffffff6123a0610120830161229c565b916123ae610140820161229c565b6123bf611e4961016084018461211d565b8681519101206001600160401b036123de611e4961018086018661211d565b8881519101209281612405611e496123f96101a089016122b0565b976101c081019061211d565b8a8151910120976040519d8e01998a521660408d01521660608b015260808a015260a08901521660c087015260e086015260e0855261244661010086612095565b60405194859383850197518091895e840190838201905f8252519283915e01015f815203601f198101835282612095565b63ffffffff60019116019063ffffffff8211611b7857565b903590601e198136030182121561023857018035906001600160401b03821161023857602001918160051b3603831361023857565b3560ff811681036102385790565b90600182811c92168015612500575b60208310146124ec57565b634e487b7160e01b5f52602260045260245ffd5b91607f16916124e1565b5f5b82811061251857505050565b5f8282015560010161250c565b9060405191825f825492612538846124d2565b80845293600181169081156125a3575060011461255f575b5061255d92500383612095565b565b90505f9291925260205f20905f915b81831061258757505090602061255d928201015f612550565b602091935080600191548385890101520191019091849261256e565b90506020925061255d94915060ff191682840152151560051b8201015f612550565b6042906125d06127f3565b906040519161190160f01b8352600283015260228201522090565b815191906041830361261b576126149250602082015190606060408401519301515f1a9061290f565b9192909190565b50505f9160029190565b600c018054916001600160a01b0316905f5b8381101561266a575f828152602090208101546001600160a01b0316831461266157600101612637565b50505050600190565b505050505f90565b6001015460ff8160e01c1661268681612053565b801561272e5761269581612053565b6002811461271b576003906126a981612053565b14612708576126e7906001600160401b03807f0000000000000000000000000000000000000000000000000000000000000000169160a01c16612110565b908142106126f3575050565b631fa7512b60e21b5f5260045260245260445ffd5b5063e2abe46560e01b5f5260045260245ffd5b8263ceca14df60e01b5f5260045260245ffd5b8263e69f2ea160e01b5f5260045260245ffd5b916040519163a9059cbb60e01b5f5260018060a01b031660045260245260205f60448180865af19060015f51148216156127a1575b604052156127815750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b9060018115166127b957823b15153d15161690612776565b503d5f823e3d90fd5b6001600160801b0381116127dc576001600160801b031690565b6306dfcc6560e41b5f52608060045260245260445ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614806128e6575b1561284e577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526128e060c082612095565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614612825565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411612986579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15611323575f516001600160a01b0381161561297c57905f905f90565b505f906001905f90565b5050505f9160039190565b60ff811690601f82116129c057604051916129ad604084612095565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd",
}

// JobEscrow is an auto generated Go binding around an Ethereum contract.
type JobEscrow struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *JobEscrow) GetABI() abi.ABI {
	return c.abi
}

// NewJobEscrow creates a new instance of JobEscrow.
func NewJobEscrow() *JobEscrow {
	parsed, err := JobEscrowMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &JobEscrow{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *JobEscrow) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address registry_, uint64 challengeWindow_) returns()
func (jobEscrow *JobEscrow) PackConstructor(token_ common.Address, registry_ common.Address, challengeWindow_ uint64) []byte {
	enc, err := jobEscrow.abi.Pack("", token_, registry_, challengeWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXVERIFIERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b17495.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VERIFIERS() view returns(uint256)
func (jobEscrow *JobEscrow) PackMAXVERIFIERS() []byte {
	enc, err := jobEscrow.abi.Pack("MAX_VERIFIERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVERIFIERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66b17495.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VERIFIERS() view returns(uint256)
func (jobEscrow *JobEscrow) TryPackMAXVERIFIERS() ([]byte, error) {
	return jobEscrow.abi.Pack("MAX_VERIFIERS")
}

// UnpackMAXVERIFIERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66b17495.
//
// Solidity: function MAX_VERIFIERS() view returns(uint256)
func (jobEscrow *JobEscrow) UnpackMAXVERIFIERS(data []byte) (*big.Int, error) {
	out, err := jobEscrow.abi.Unpack("MAX_VERIFIERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (jobEscrow *JobEscrow) PackRECEIPTTYPEHASH() []byte {
	enc, err := jobEscrow.abi.Pack("RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (jobEscrow *JobEscrow) TryPackRECEIPTTYPEHASH() ([]byte, error) {
	return jobEscrow.abi.Pack("RECEIPT_TYPEHASH")
}

// UnpackRECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95850f59.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (jobEscrow *JobEscrow) UnpackRECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := jobEscrow.abi.Unpack("RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVOIDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ae14100.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VOID_TYPEHASH() view returns(bytes32)
func (jobEscrow *JobEscrow) PackVOIDTYPEHASH() []byte {
	enc, err := jobEscrow.abi.Pack("VOID_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVOIDTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ae14100.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VOID_TYPEHASH() view returns(bytes32)
func (jobEscrow *JobEscrow) TryPackVOIDTYPEHASH() ([]byte, error) {
	return jobEscrow.abi.Pack("VOID_TYPEHASH")
}

// UnpackVOIDTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ae14100.
//
// Solidity: function VOID_TYPEHASH() view returns(bytes32)
func (jobEscrow *JobEscrow) UnpackVOIDTYPEHASH(data []byte) ([32]byte, error) {
	out, err := jobEscrow.abi.Unpack("VOID_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint64)
func (jobEscrow *JobEscrow) PackChallengeWindow() []byte {
	enc, err := jobEscrow.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint64)
func (jobEscrow *JobEscrow) TryPackChallengeWindow() ([]byte, error) {
	return jobEscrow.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint64)
func (jobEscrow *JobEscrow) UnpackChallengeWindow(data []byte) (uint64, error) {
	out, err := jobEscrow.abi.Unpack("challengeWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(bytes32 jobId) returns()
func (jobEscrow *JobEscrow) PackClaim(jobId [32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("claim", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd66528a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(bytes32 jobId) returns()
func (jobEscrow *JobEscrow) TryPackClaim(jobId [32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("claim", jobId)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fbf9e89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(uint64 gasLimit, uint256 gasPrice, uint32 devicesWanted, uint256 pricePerRun, uint16 royaltyBps) pure returns(uint256)
func (jobEscrow *JobEscrow) PackDepositFor(gasLimit uint64, gasPrice *big.Int, devicesWanted uint32, pricePerRun *big.Int, royaltyBps uint16) []byte {
	enc, err := jobEscrow.abi.Pack("depositFor", gasLimit, gasPrice, devicesWanted, pricePerRun, royaltyBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fbf9e89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(uint64 gasLimit, uint256 gasPrice, uint32 devicesWanted, uint256 pricePerRun, uint16 royaltyBps) pure returns(uint256)
func (jobEscrow *JobEscrow) TryPackDepositFor(gasLimit uint64, gasPrice *big.Int, devicesWanted uint32, pricePerRun *big.Int, royaltyBps uint16) ([]byte, error) {
	return jobEscrow.abi.Pack("depositFor", gasLimit, gasPrice, devicesWanted, pricePerRun, royaltyBps)
}

// UnpackDepositFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3fbf9e89.
//
// Solidity: function depositFor(uint64 gasLimit, uint256 gasPrice, uint32 devicesWanted, uint256 pricePerRun, uint16 royaltyBps) pure returns(uint256)
func (jobEscrow *JobEscrow) UnpackDepositFor(data []byte) (*big.Int, error) {
	out, err := jobEscrow.abi.Unpack("depositFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (jobEscrow *JobEscrow) PackEip712Domain() []byte {
	enc, err := jobEscrow.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (jobEscrow *JobEscrow) TryPackEip712Domain() ([]byte, error) {
	return jobEscrow.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (jobEscrow *JobEscrow) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := jobEscrow.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf729cf0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getJob(bytes32 jobId) view returns((address,uint64,uint32,address,uint64,uint32,uint16,uint8,uint32,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,string,string,address[]))
func (jobEscrow *JobEscrow) PackGetJob(jobId [32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("getJob", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf729cf0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getJob(bytes32 jobId) view returns((address,uint64,uint32,address,uint64,uint32,uint16,uint8,uint32,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,string,string,address[]))
func (jobEscrow *JobEscrow) TryPackGetJob(jobId [32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("getJob", jobId)
}

// UnpackGetJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf729cf0d.
//
// Solidity: function getJob(bytes32 jobId) view returns((address,uint64,uint32,address,uint64,uint32,uint16,uint8,uint32,bytes32,uint256,uint256,uint256,uint256,uint256,uint256,string,string,address[]))
func (jobEscrow *JobEscrow) UnpackGetJob(data []byte) (JobEscrowJob, error) {
	out, err := jobEscrow.abi.Unpack("getJob", data)
	if err != nil {
		return *new(JobEscrowJob), err
	}
	out0 := *abi.ConvertType(out[0], new(JobEscrowJob)).(*JobEscrowJob)
	return out0, nil
}

// PackGetReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcecbb61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReceipt(bytes32 receiptId) view returns((bytes32,address,uint64,uint8,uint128,uint128,bytes32,bytes32))
func (jobEscrow *JobEscrow) PackGetReceipt(receiptId [32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("getReceipt", receiptId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcecbb61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReceipt(bytes32 receiptId) view returns((bytes32,address,uint64,uint8,uint128,uint128,bytes32,bytes32))
func (jobEscrow *JobEscrow) TryPackGetReceipt(receiptId [32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("getReceipt", receiptId)
}

// UnpackGetReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcecbb61.
//
// Solidity: function getReceipt(bytes32 receiptId) view returns((bytes32,address,uint64,uint8,uint128,uint128,bytes32,bytes32))
func (jobEscrow *JobEscrow) UnpackGetReceipt(data []byte) (JobEscrowReceiptRecord, error) {
	out, err := jobEscrow.abi.Unpack("getReceipt", data)
	if err != nil {
		return *new(JobEscrowReceiptRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(JobEscrowReceiptRecord)).(*JobEscrowReceiptRecord)
	return out0, nil
}

// PackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf701eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postJob((bytes32,bytes32,string,string,uint64,uint256,uint32,uint64,address[],uint8) in_) returns(uint256 deposit)
func (jobEscrow *JobEscrow) PackPostJob(in JobEscrowJobInput) []byte {
	enc, err := jobEscrow.abi.Pack("postJob", in)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf701eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postJob((bytes32,bytes32,string,string,uint64,uint256,uint32,uint64,address[],uint8) in_) returns(uint256 deposit)
func (jobEscrow *JobEscrow) TryPackPostJob(in JobEscrowJobInput) ([]byte, error) {
	return jobEscrow.abi.Pack("postJob", in)
}

// UnpackPostJob is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf701eb0.
//
// Solidity: function postJob((bytes32,bytes32,string,string,uint64,uint256,uint32,uint64,address[],uint8) in_) returns(uint256 deposit)
func (jobEscrow *JobEscrow) UnpackPostJob(data []byte) (*big.Int, error) {
	out, err := jobEscrow.abi.Unpack("postJob", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbca18e65.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptDigest((bytes32,address,string,bytes32,bytes32,bytes32,bytes32,bytes32,string,uint64,uint64,string,string,uint32,string) r) view returns(bytes32)
func (jobEscrow *JobEscrow) PackReceiptDigest(r JobEscrowReceiptInput) []byte {
	enc, err := jobEscrow.abi.Pack("receiptDigest", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbca18e65.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptDigest((bytes32,address,string,bytes32,bytes32,bytes32,bytes32,bytes32,string,uint64,uint64,string,string,uint32,string) r) view returns(bytes32)
func (jobEscrow *JobEscrow) TryPackReceiptDigest(r JobEscrowReceiptInput) ([]byte, error) {
	return jobEscrow.abi.Pack("receiptDigest", r)
}

// UnpackReceiptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbca18e65.
//
// Solidity: function receiptDigest((bytes32,address,string,bytes32,bytes32,bytes32,bytes32,bytes32,string,uint64,uint64,string,string,uint32,string) r) view returns(bytes32)
func (jobEscrow *JobEscrow) UnpackReceiptDigest(data []byte) ([32]byte, error) {
	out, err := jobEscrow.abi.Unpack("receiptDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 jobId) returns(uint256 amount)
func (jobEscrow *JobEscrow) PackRefund(jobId [32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("refund", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 jobId) returns(uint256 amount)
func (jobEscrow *JobEscrow) TryPackRefund(jobId [32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("refund", jobId)
}

// UnpackRefund is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7249fbb6.
//
// Solidity: function refund(bytes32 jobId) returns(uint256 amount)
func (jobEscrow *JobEscrow) UnpackRefund(data []byte) (*big.Int, error) {
	out, err := jobEscrow.abi.Unpack("refund", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefundable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fb31475.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundable(bytes32 jobId) view returns(uint256)
func (jobEscrow *JobEscrow) PackRefundable(jobId [32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("refundable", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fb31475.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundable(bytes32 jobId) view returns(uint256)
func (jobEscrow *JobEscrow) TryPackRefundable(jobId [32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("refundable", jobId)
}

// UnpackRefundable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fb31475.
//
// Solidity: function refundable(bytes32 jobId) view returns(uint256)
func (jobEscrow *JobEscrow) UnpackRefundable(data []byte) (*big.Int, error) {
	out, err := jobEscrow.abi.Unpack("refundable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (jobEscrow *JobEscrow) PackRegistry() []byte {
	enc, err := jobEscrow.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (jobEscrow *JobEscrow) TryPackRegistry() ([]byte, error) {
	return jobEscrow.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (jobEscrow *JobEscrow) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := jobEscrow.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle(bytes32 receiptId) returns()
func (jobEscrow *JobEscrow) PackSettle(receiptId [32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("settle", receiptId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x987757dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle(bytes32 receiptId) returns()
func (jobEscrow *JobEscrow) TryPackSettle(receiptId [32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("settle", receiptId)
}

// PackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d10bc38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatch(bytes32[] receiptIds) returns(uint256 settled)
func (jobEscrow *JobEscrow) PackSettleBatch(receiptIds [][32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("settleBatch", receiptIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d10bc38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatch(bytes32[] receiptIds) returns(uint256 settled)
func (jobEscrow *JobEscrow) TryPackSettleBatch(receiptIds [][32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("settleBatch", receiptIds)
}

// UnpackSettleBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d10bc38.
//
// Solidity: function settleBatch(bytes32[] receiptIds) returns(uint256 settled)
func (jobEscrow *JobEscrow) UnpackSettleBatch(data []byte) (*big.Int, error) {
	out, err := jobEscrow.abi.Unpack("settleBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50a09d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slotOf(bytes32 , address ) view returns(uint8)
func (jobEscrow *JobEscrow) PackSlotOf(arg0 [32]byte, arg1 common.Address) []byte {
	enc, err := jobEscrow.abi.Pack("slotOf", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlotOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb50a09d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slotOf(bytes32 , address ) view returns(uint8)
func (jobEscrow *JobEscrow) TryPackSlotOf(arg0 [32]byte, arg1 common.Address) ([]byte, error) {
	return jobEscrow.abi.Pack("slotOf", arg0, arg1)
}

// UnpackSlotOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb50a09d4.
//
// Solidity: function slotOf(bytes32 , address ) view returns(uint8)
func (jobEscrow *JobEscrow) UnpackSlotOf(data []byte) (uint8, error) {
	out, err := jobEscrow.abi.Unpack("slotOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSubmitReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3d8ffb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitReceipt((bytes32,address,string,bytes32,bytes32,bytes32,bytes32,bytes32,string,uint64,uint64,string,string,uint32,string) r, bytes signature) returns(bytes32 receiptId)
func (jobEscrow *JobEscrow) PackSubmitReceipt(r JobEscrowReceiptInput, signature []byte) []byte {
	enc, err := jobEscrow.abi.Pack("submitReceipt", r, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3d8ffb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitReceipt((bytes32,address,string,bytes32,bytes32,bytes32,bytes32,bytes32,string,uint64,uint64,string,string,uint32,string) r, bytes signature) returns(bytes32 receiptId)
func (jobEscrow *JobEscrow) TryPackSubmitReceipt(r JobEscrowReceiptInput, signature []byte) ([]byte, error) {
	return jobEscrow.abi.Pack("submitReceipt", r, signature)
}

// UnpackSubmitReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3d8ffb7.
//
// Solidity: function submitReceipt((bytes32,address,string,bytes32,bytes32,bytes32,bytes32,bytes32,string,uint64,uint64,string,string,uint32,string) r, bytes signature) returns(bytes32 receiptId)
func (jobEscrow *JobEscrow) UnpackSubmitReceipt(data []byte) ([32]byte, error) {
	out, err := jobEscrow.abi.Unpack("submitReceipt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (jobEscrow *JobEscrow) PackToken() []byte {
	enc, err := jobEscrow.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (jobEscrow *JobEscrow) TryPackToken() ([]byte, error) {
	return jobEscrow.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (jobEscrow *JobEscrow) UnpackToken(data []byte) (common.Address, error) {
	out, err := jobEscrow.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVoidDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11d36f68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voidDigest(bytes32 receiptId, bytes32 inputCommitment, bytes32 resultHash) view returns(bytes32)
func (jobEscrow *JobEscrow) PackVoidDigest(receiptId [32]byte, inputCommitment [32]byte, resultHash [32]byte) []byte {
	enc, err := jobEscrow.abi.Pack("voidDigest", receiptId, inputCommitment, resultHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoidDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11d36f68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voidDigest(bytes32 receiptId, bytes32 inputCommitment, bytes32 resultHash) view returns(bytes32)
func (jobEscrow *JobEscrow) TryPackVoidDigest(receiptId [32]byte, inputCommitment [32]byte, resultHash [32]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("voidDigest", receiptId, inputCommitment, resultHash)
}

// UnpackVoidDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11d36f68.
//
// Solidity: function voidDigest(bytes32 receiptId, bytes32 inputCommitment, bytes32 resultHash) view returns(bytes32)
func (jobEscrow *JobEscrow) UnpackVoidDigest(data []byte) ([32]byte, error) {
	out, err := jobEscrow.abi.Unpack("voidDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVoidReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21f2c797.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function voidReceipt(bytes32 receiptId, bytes32 reexecResultHash, bytes[] signatures) returns()
func (jobEscrow *JobEscrow) PackVoidReceipt(receiptId [32]byte, reexecResultHash [32]byte, signatures [][]byte) []byte {
	enc, err := jobEscrow.abi.Pack("voidReceipt", receiptId, reexecResultHash, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVoidReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21f2c797.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function voidReceipt(bytes32 receiptId, bytes32 reexecResultHash, bytes[] signatures) returns()
func (jobEscrow *JobEscrow) TryPackVoidReceipt(receiptId [32]byte, reexecResultHash [32]byte, signatures [][]byte) ([]byte, error) {
	return jobEscrow.abi.Pack("voidReceipt", receiptId, reexecResultHash, signatures)
}

// JobEscrowEIP712DomainChanged represents a EIP712DomainChanged event raised by the JobEscrow contract.
type JobEscrowEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const JobEscrowEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (JobEscrowEIP712DomainChanged) ContractEventName() string {
	return JobEscrowEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (jobEscrow *JobEscrow) UnpackEIP712DomainChangedEvent(log *types.Log) (*JobEscrowEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobEscrowEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := jobEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobEscrowJobPosted represents a JobPosted event raised by the JobEscrow contract.
type JobEscrowJobPosted struct {
	JobId     [32]byte
	Customer  common.Address
	ListingId [32]byte
	Deposit   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobEscrowJobPostedEventName = "JobPosted"

// ContractEventName returns the user-defined event name.
func (JobEscrowJobPosted) ContractEventName() string {
	return JobEscrowJobPostedEventName
}

// UnpackJobPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobPosted(bytes32 indexed jobId, address indexed customer, bytes32 indexed listingId, uint256 deposit)
func (jobEscrow *JobEscrow) UnpackJobPostedEvent(log *types.Log) (*JobEscrowJobPosted, error) {
	event := "JobPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobEscrowJobPosted)
	if len(log.Data) > 0 {
		if err := jobEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobEscrowReceiptSettled represents a ReceiptSettled event raised by the JobEscrow contract.
type JobEscrowReceiptSettled struct {
	ReceiptId [32]byte
	JobId     [32]byte
	Device    common.Address
	DevicePay *big.Int
	AuthorFee *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const JobEscrowReceiptSettledEventName = "ReceiptSettled"

// ContractEventName returns the user-defined event name.
func (JobEscrowReceiptSettled) ContractEventName() string {
	return JobEscrowReceiptSettledEventName
}

// UnpackReceiptSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed jobId, address indexed device, uint256 devicePay, uint256 authorFee)
func (jobEscrow *JobEscrow) UnpackReceiptSettledEvent(log *types.Log) (*JobEscrowReceiptSettled, error) {
	event := "ReceiptSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobEscrowReceiptSettled)
	if len(log.Data) > 0 {
		if err := jobEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobEscrowReceiptSubmitted represents a ReceiptSubmitted event raised by the JobEscrow contract.
type JobEscrowReceiptSubmitted struct {
	ReceiptId  [32]byte
	JobId      [32]byte
	Device     common.Address
	ResultHash [32]byte
	GasUsed    uint64
	DevicePay  *big.Int
	AuthorFee  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const JobEscrowReceiptSubmittedEventName = "ReceiptSubmitted"

// ContractEventName returns the user-defined event name.
func (JobEscrowReceiptSubmitted) ContractEventName() string {
	return JobEscrowReceiptSubmittedEventName
}

// UnpackReceiptSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptSubmitted(bytes32 indexed receiptId, bytes32 indexed jobId, address indexed device, bytes32 resultHash, uint64 gasUsed, uint256 devicePay, uint256 authorFee)
func (jobEscrow *JobEscrow) UnpackReceiptSubmittedEvent(log *types.Log) (*JobEscrowReceiptSubmitted, error) {
	event := "ReceiptSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobEscrowReceiptSubmitted)
	if len(log.Data) > 0 {
		if err := jobEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobEscrowReceiptVoided represents a ReceiptVoided event raised by the JobEscrow contract.
type JobEscrowReceiptVoided struct {
	ReceiptId        [32]byte
	JobId            [32]byte
	ReexecResultHash [32]byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const JobEscrowReceiptVoidedEventName = "ReceiptVoided"

// ContractEventName returns the user-defined event name.
func (JobEscrowReceiptVoided) ContractEventName() string {
	return JobEscrowReceiptVoidedEventName
}

// UnpackReceiptVoidedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptVoided(bytes32 indexed receiptId, bytes32 indexed jobId, bytes32 reexecResultHash)
func (jobEscrow *JobEscrow) UnpackReceiptVoidedEvent(log *types.Log) (*JobEscrowReceiptVoided, error) {
	event := "ReceiptVoided"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobEscrowReceiptVoided)
	if len(log.Data) > 0 {
		if err := jobEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobEscrowRefunded represents a Refunded event raised by the JobEscrow contract.
type JobEscrowRefunded struct {
	JobId    [32]byte
	Customer common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const JobEscrowRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (JobEscrowRefunded) ContractEventName() string {
	return JobEscrowRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed jobId, address indexed customer, uint256 amount)
func (jobEscrow *JobEscrow) UnpackRefundedEvent(log *types.Log) (*JobEscrowRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobEscrowRefunded)
	if len(log.Data) > 0 {
		if err := jobEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// JobEscrowSlotClaimed represents a SlotClaimed event raised by the JobEscrow contract.
type JobEscrowSlotClaimed struct {
	JobId  [32]byte
	Device common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const JobEscrowSlotClaimedEventName = "SlotClaimed"

// ContractEventName returns the user-defined event name.
func (JobEscrowSlotClaimed) ContractEventName() string {
	return JobEscrowSlotClaimedEventName
}

// UnpackSlotClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlotClaimed(bytes32 indexed jobId, address indexed device)
func (jobEscrow *JobEscrow) UnpackSlotClaimedEvent(log *types.Log) (*JobEscrowSlotClaimed, error) {
	event := "SlotClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != jobEscrow.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(JobEscrowSlotClaimed)
	if len(log.Data) > 0 {
		if err := jobEscrow.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range jobEscrow.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (jobEscrow *JobEscrow) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["BadQuorum"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackBadQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["BadReceiptSignature"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackBadReceiptSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["BadVoidSignature"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackBadVoidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ChallengeWindowClosed"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackChallengeWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ChallengeWindowOpen"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackChallengeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["DeadlineInPast"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackDeadlineInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["GasPriceTooLow"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackGasPriceTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["JobExists"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackJobExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["JobExpired"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackJobExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["JobNotExpired"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackJobNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["JobNotFound"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackJobNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ListingDeprecated"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackListingDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ListingNotFound"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackListingNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["NoSlotLeft"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackNoSlotLeftError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["NoVerifiers"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackNoVerifiersError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["NotVerifier"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackNotVerifierError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["NothingToRefund"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackNothingToRefundError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["QuorumNotReached"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ReceiptAlreadySettled"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackReceiptAlreadySettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ReceiptGasLimitTooHigh"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackReceiptGasLimitTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ReceiptIsVoided"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackReceiptIsVoidedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ReceiptNotFound"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackReceiptNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["ReceiptReplayed"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackReceiptReplayedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["SameResultHash"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackSameResultHashError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["SlotAlreadySubmitted"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackSlotAlreadySubmittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["SlotNotClaimed"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackSlotNotClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["TooManyVerifiers"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackTooManyVerifiersError(raw[4:])
	}
	if bytes.Equal(raw[:4], jobEscrow.abi.Errors["VoidSignersNotSorted"].ID.Bytes()[:4]) {
		return jobEscrow.UnpackVoidSignersNotSortedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// JobEscrowAlreadyClaimed represents a AlreadyClaimed error raised by the JobEscrow contract.
type JobEscrowAlreadyClaimed struct {
	JobId  [32]byte
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(bytes32 jobId, address device)
func JobEscrowAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xa8ca238e9149b57eb9411a136ee6eeca19ccebdf9f95db12d3b70000ca4d37ec")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(bytes32 jobId, address device)
func (jobEscrow *JobEscrow) UnpackAlreadyClaimedError(raw []byte) (*JobEscrowAlreadyClaimed, error) {
	out := new(JobEscrowAlreadyClaimed)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowBadQuorum represents a BadQuorum error raised by the JobEscrow contract.
type JobEscrowBadQuorum struct {
	Quorum    uint8
	Verifiers *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadQuorum(uint8 quorum, uint256 verifiers)
func JobEscrowBadQuorumErrorID() common.Hash {
	return common.HexToHash("0x65846b7f63d7360ec7e240a4babff025e9de2bcaf3855ae86f5f1bfc98409d09")
}

// UnpackBadQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadQuorum(uint8 quorum, uint256 verifiers)
func (jobEscrow *JobEscrow) UnpackBadQuorumError(raw []byte) (*JobEscrowBadQuorum, error) {
	out := new(JobEscrowBadQuorum)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "BadQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowBadReceiptSignature represents a BadReceiptSignature error raised by the JobEscrow contract.
type JobEscrowBadReceiptSignature struct {
	Device common.Address
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReceiptSignature(address device, address signer)
func JobEscrowBadReceiptSignatureErrorID() common.Hash {
	return common.HexToHash("0xe33206c67f3a5efdf080df79b83142165914c0756d1c77a9ede15acd2a346c76")
}

// UnpackBadReceiptSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReceiptSignature(address device, address signer)
func (jobEscrow *JobEscrow) UnpackBadReceiptSignatureError(raw []byte) (*JobEscrowBadReceiptSignature, error) {
	out := new(JobEscrowBadReceiptSignature)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "BadReceiptSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowBadVoidSignature represents a BadVoidSignature error raised by the JobEscrow contract.
type JobEscrowBadVoidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVoidSignature(uint256 index)
func JobEscrowBadVoidSignatureErrorID() common.Hash {
	return common.HexToHash("0x02f9a3a7e240ec59fd7d20bd894c6e290d70d45e8f20bfa3e35f6295a1cf9e25")
}

// UnpackBadVoidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVoidSignature(uint256 index)
func (jobEscrow *JobEscrow) UnpackBadVoidSignatureError(raw []byte) (*JobEscrowBadVoidSignature, error) {
	out := new(JobEscrowBadVoidSignature)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "BadVoidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowChallengeWindowClosed represents a ChallengeWindowClosed error raised by the JobEscrow contract.
type JobEscrowChallengeWindowClosed struct {
	ReceiptId [32]byte
	ClosedAt  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowClosed(bytes32 receiptId, uint256 closedAt)
func JobEscrowChallengeWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4a7c9f83ec994db7e6ca146bffef961ccc5958158a9a8273f622be8e05cbff7c")
}

// UnpackChallengeWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowClosed(bytes32 receiptId, uint256 closedAt)
func (jobEscrow *JobEscrow) UnpackChallengeWindowClosedError(raw []byte) (*JobEscrowChallengeWindowClosed, error) {
	out := new(JobEscrowChallengeWindowClosed)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ChallengeWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowChallengeWindowOpen represents a ChallengeWindowOpen error raised by the JobEscrow contract.
type JobEscrowChallengeWindowOpen struct {
	ReceiptId    [32]byte
	SettleableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeWindowOpen(bytes32 receiptId, uint256 settleableAt)
func JobEscrowChallengeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0x7e9d44ace20d32e3187716afe7c302ae531616fe9ed42db02c8348d64de79837")
}

// UnpackChallengeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeWindowOpen(bytes32 receiptId, uint256 settleableAt)
func (jobEscrow *JobEscrow) UnpackChallengeWindowOpenError(raw []byte) (*JobEscrowChallengeWindowOpen, error) {
	out := new(JobEscrowChallengeWindowOpen)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ChallengeWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowDeadlineInPast represents a DeadlineInPast error raised by the JobEscrow contract.
type JobEscrowDeadlineInPast struct {
	Deadline uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint256 now_)
func JobEscrowDeadlineInPastErrorID() common.Hash {
	return common.HexToHash("0x42fdf9378830182b2836c0ae38ca50de9c42f1bafb3b648060d05e2c5777bea9")
}

// UnpackDeadlineInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineInPast(uint64 deadline, uint256 now_)
func (jobEscrow *JobEscrow) UnpackDeadlineInPastError(raw []byte) (*JobEscrowDeadlineInPast, error) {
	out := new(JobEscrowDeadlineInPast)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "DeadlineInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowEmptyField represents a EmptyField error raised by the JobEscrow contract.
type JobEscrowEmptyField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField(string field)
func JobEscrowEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0xa69290e7cac040ed0e694b9ddf4f08dea75b8deaa26a26ca604c3dd1384e4e45")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField(string field)
func (jobEscrow *JobEscrow) UnpackEmptyFieldError(raw []byte) (*JobEscrowEmptyField, error) {
	out := new(JobEscrowEmptyField)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowGasPriceTooLow represents a GasPriceTooLow error raised by the JobEscrow contract.
type JobEscrowGasPriceTooLow struct {
	GasPrice    *big.Int
	MinGasPrice *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasPriceTooLow(uint256 gasPrice, uint256 minGasPrice)
func JobEscrowGasPriceTooLowErrorID() common.Hash {
	return common.HexToHash("0x30b5ddb64df5c17d08fb3284a7f77bf714ae8ae9ec15143f96b1e149c505d7dc")
}

// UnpackGasPriceTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasPriceTooLow(uint256 gasPrice, uint256 minGasPrice)
func (jobEscrow *JobEscrow) UnpackGasPriceTooLowError(raw []byte) (*JobEscrowGasPriceTooLow, error) {
	out := new(JobEscrowGasPriceTooLow)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "GasPriceTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowInvalidShortString represents a InvalidShortString error raised by the JobEscrow contract.
type JobEscrowInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func JobEscrowInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (jobEscrow *JobEscrow) UnpackInvalidShortStringError(raw []byte) (*JobEscrowInvalidShortString, error) {
	out := new(JobEscrowInvalidShortString)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowJobExists represents a JobExists error raised by the JobEscrow contract.
type JobEscrowJobExists struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobExists(bytes32 jobId)
func JobEscrowJobExistsErrorID() common.Hash {
	return common.HexToHash("0x9e2b4bfd54f0778ae5b46dc678017f9ac3f783c5abec883f886f9464cfd3e050")
}

// UnpackJobExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobExists(bytes32 jobId)
func (jobEscrow *JobEscrow) UnpackJobExistsError(raw []byte) (*JobEscrowJobExists, error) {
	out := new(JobEscrowJobExists)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "JobExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowJobExpired represents a JobExpired error raised by the JobEscrow contract.
type JobEscrowJobExpired struct {
	JobId    [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobExpired(bytes32 jobId, uint64 deadline)
func JobEscrowJobExpiredErrorID() common.Hash {
	return common.HexToHash("0x611180fad34c4e8d548a3f6bffd433e2e619c669ac0df31151c01a25bd289f51")
}

// UnpackJobExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobExpired(bytes32 jobId, uint64 deadline)
func (jobEscrow *JobEscrow) UnpackJobExpiredError(raw []byte) (*JobEscrowJobExpired, error) {
	out := new(JobEscrowJobExpired)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "JobExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowJobNotExpired represents a JobNotExpired error raised by the JobEscrow contract.
type JobEscrowJobNotExpired struct {
	JobId    [32]byte
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotExpired(bytes32 jobId, uint64 deadline)
func JobEscrowJobNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x7d025a4dc602ace95d315525dfe75936f866215da5f38facdc356fed98d29f85")
}

// UnpackJobNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotExpired(bytes32 jobId, uint64 deadline)
func (jobEscrow *JobEscrow) UnpackJobNotExpiredError(raw []byte) (*JobEscrowJobNotExpired, error) {
	out := new(JobEscrowJobNotExpired)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "JobNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowJobNotFound represents a JobNotFound error raised by the JobEscrow contract.
type JobEscrowJobNotFound struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotFound(bytes32 jobId)
func JobEscrowJobNotFoundErrorID() common.Hash {
	return common.HexToHash("0xc182b72d1a8fcd26c6899bd9d06243d026a8591f9449035a7f37001b7097bbf7")
}

// UnpackJobNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotFound(bytes32 jobId)
func (jobEscrow *JobEscrow) UnpackJobNotFoundError(raw []byte) (*JobEscrowJobNotFound, error) {
	out := new(JobEscrowJobNotFound)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "JobNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowListingDeprecated represents a ListingDeprecated error raised by the JobEscrow contract.
type JobEscrowListingDeprecated struct {
	ListingId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingDeprecated(bytes32 listingId)
func JobEscrowListingDeprecatedErrorID() common.Hash {
	return common.HexToHash("0x66f1af7f54c4435605694fe2cc2c71fe62bb439718952fba29a592616f5b1033")
}

// UnpackListingDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingDeprecated(bytes32 listingId)
func (jobEscrow *JobEscrow) UnpackListingDeprecatedError(raw []byte) (*JobEscrowListingDeprecated, error) {
	out := new(JobEscrowListingDeprecated)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ListingDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowListingNotFound represents a ListingNotFound error raised by the JobEscrow contract.
type JobEscrowListingNotFound struct {
	ListingId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingNotFound(bytes32 listingId)
func JobEscrowListingNotFoundErrorID() common.Hash {
	return common.HexToHash("0x45abffa958a2f504b8a4e12eac6beebedf6d9348249a9d2699f64f5453265dd6")
}

// UnpackListingNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingNotFound(bytes32 listingId)
func (jobEscrow *JobEscrow) UnpackListingNotFoundError(raw []byte) (*JobEscrowListingNotFound, error) {
	out := new(JobEscrowListingNotFound)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ListingNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowNoSlotLeft represents a NoSlotLeft error raised by the JobEscrow contract.
type JobEscrowNoSlotLeft struct {
	JobId         [32]byte
	DevicesWanted uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSlotLeft(bytes32 jobId, uint32 devicesWanted)
func JobEscrowNoSlotLeftErrorID() common.Hash {
	return common.HexToHash("0x7ebbb9d378ded6d0e05f3229a4f786b5b3a1bcb02f3feee147d04394c1665a74")
}

// UnpackNoSlotLeftError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSlotLeft(bytes32 jobId, uint32 devicesWanted)
func (jobEscrow *JobEscrow) UnpackNoSlotLeftError(raw []byte) (*JobEscrowNoSlotLeft, error) {
	out := new(JobEscrowNoSlotLeft)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "NoSlotLeft", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowNoVerifiers represents a NoVerifiers error raised by the JobEscrow contract.
type JobEscrowNoVerifiers struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVerifiers(bytes32 jobId)
func JobEscrowNoVerifiersErrorID() common.Hash {
	return common.HexToHash("0x1c6aa4c1bc2c173039446a785a411d4b22307c7f6da8a49221a66cbfdcf8e8ae")
}

// UnpackNoVerifiersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVerifiers(bytes32 jobId)
func (jobEscrow *JobEscrow) UnpackNoVerifiersError(raw []byte) (*JobEscrowNoVerifiers, error) {
	out := new(JobEscrowNoVerifiers)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "NoVerifiers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowNotVerifier represents a NotVerifier error raised by the JobEscrow contract.
type JobEscrowNotVerifier struct {
	JobId  [32]byte
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVerifier(bytes32 jobId, address signer)
func JobEscrowNotVerifierErrorID() common.Hash {
	return common.HexToHash("0x8d3a456e7b713f57e0d761faa2924ed5ffc03ee8e2e0a2b51e6c4f42160a88bd")
}

// UnpackNotVerifierError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVerifier(bytes32 jobId, address signer)
func (jobEscrow *JobEscrow) UnpackNotVerifierError(raw []byte) (*JobEscrowNotVerifier, error) {
	out := new(JobEscrowNotVerifier)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "NotVerifier", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowNothingToRefund represents a NothingToRefund error raised by the JobEscrow contract.
type JobEscrowNothingToRefund struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRefund(bytes32 jobId)
func JobEscrowNothingToRefundErrorID() common.Hash {
	return common.HexToHash("0xc70663000acaf1192c78d75a012e80db28fd2ed07a9a78d8b4583058cfb842e9")
}

// UnpackNothingToRefundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRefund(bytes32 jobId)
func (jobEscrow *JobEscrow) UnpackNothingToRefundError(raw []byte) (*JobEscrowNothingToRefund, error) {
	out := new(JobEscrowNothingToRefund)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "NothingToRefund", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowQuorumNotReached represents a QuorumNotReached error raised by the JobEscrow contract.
type JobEscrowQuorumNotReached struct {
	Signatures *big.Int
	Quorum     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotReached(uint256 signatures, uint8 quorum)
func JobEscrowQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0x5c8dda6b2746c38c323dc4ed2d9f70d5af841d953708763d9a50a39caf49795a")
}

// UnpackQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotReached(uint256 signatures, uint8 quorum)
func (jobEscrow *JobEscrow) UnpackQuorumNotReachedError(raw []byte) (*JobEscrowQuorumNotReached, error) {
	out := new(JobEscrowQuorumNotReached)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "QuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowReceiptAlreadySettled represents a ReceiptAlreadySettled error raised by the JobEscrow contract.
type JobEscrowReceiptAlreadySettled struct {
	ReceiptId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptAlreadySettled(bytes32 receiptId)
func JobEscrowReceiptAlreadySettledErrorID() common.Hash {
	return common.HexToHash("0xceca14df2619f6c7c95adb4403dc3b9dc6d0466739a0b646c578efc618823864")
}

// UnpackReceiptAlreadySettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptAlreadySettled(bytes32 receiptId)
func (jobEscrow *JobEscrow) UnpackReceiptAlreadySettledError(raw []byte) (*JobEscrowReceiptAlreadySettled, error) {
	out := new(JobEscrowReceiptAlreadySettled)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ReceiptAlreadySettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowReceiptGasLimitTooHigh represents a ReceiptGasLimitTooHigh error raised by the JobEscrow contract.
type JobEscrowReceiptGasLimitTooHigh struct {
	ReceiptGasLimit uint64
	JobGasLimit     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptGasLimitTooHigh(uint64 receiptGasLimit, uint64 jobGasLimit)
func JobEscrowReceiptGasLimitTooHighErrorID() common.Hash {
	return common.HexToHash("0xd8f78618c19cd600b38c687379fa842e67a17104faab5f53869fc12c7f0a19cb")
}

// UnpackReceiptGasLimitTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptGasLimitTooHigh(uint64 receiptGasLimit, uint64 jobGasLimit)
func (jobEscrow *JobEscrow) UnpackReceiptGasLimitTooHighError(raw []byte) (*JobEscrowReceiptGasLimitTooHigh, error) {
	out := new(JobEscrowReceiptGasLimitTooHigh)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ReceiptGasLimitTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowReceiptIsVoided represents a ReceiptIsVoided error raised by the JobEscrow contract.
type JobEscrowReceiptIsVoided struct {
	ReceiptId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptIsVoided(bytes32 receiptId)
func JobEscrowReceiptIsVoidedErrorID() common.Hash {
	return common.HexToHash("0xe2abe465ab1bfb631cb6288154a59e2190ace9fd10b3483c6942b80063b1a99c")
}

// UnpackReceiptIsVoidedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptIsVoided(bytes32 receiptId)
func (jobEscrow *JobEscrow) UnpackReceiptIsVoidedError(raw []byte) (*JobEscrowReceiptIsVoided, error) {
	out := new(JobEscrowReceiptIsVoided)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ReceiptIsVoided", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowReceiptNotFound represents a ReceiptNotFound error raised by the JobEscrow contract.
type JobEscrowReceiptNotFound struct {
	ReceiptId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptNotFound(bytes32 receiptId)
func JobEscrowReceiptNotFoundErrorID() common.Hash {
	return common.HexToHash("0xe69f2ea1024159b2a854e91e08360f987b09b3b3f7d9746729ffd6022ee47920")
}

// UnpackReceiptNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptNotFound(bytes32 receiptId)
func (jobEscrow *JobEscrow) UnpackReceiptNotFoundError(raw []byte) (*JobEscrowReceiptNotFound, error) {
	out := new(JobEscrowReceiptNotFound)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ReceiptNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowReceiptReplayed represents a ReceiptReplayed error raised by the JobEscrow contract.
type JobEscrowReceiptReplayed struct {
	ReceiptId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptReplayed(bytes32 receiptId)
func JobEscrowReceiptReplayedErrorID() common.Hash {
	return common.HexToHash("0x1648f23baa6b6f996fc65a850a79992b560368251ffa3c0d1c561e3d4cba9deb")
}

// UnpackReceiptReplayedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptReplayed(bytes32 receiptId)
func (jobEscrow *JobEscrow) UnpackReceiptReplayedError(raw []byte) (*JobEscrowReceiptReplayed, error) {
	out := new(JobEscrowReceiptReplayed)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "ReceiptReplayed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the JobEscrow contract.
type JobEscrowSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func JobEscrowSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (jobEscrow *JobEscrow) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*JobEscrowSafeCastOverflowedUintDowncast, error) {
	out := new(JobEscrowSafeCastOverflowedUintDowncast)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the JobEscrow contract.
type JobEscrowSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func JobEscrowSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (jobEscrow *JobEscrow) UnpackSafeERC20FailedOperationError(raw []byte) (*JobEscrowSafeERC20FailedOperation, error) {
	out := new(JobEscrowSafeERC20FailedOperation)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowSameResultHash represents a SameResultHash error raised by the JobEscrow contract.
type JobEscrowSameResultHash struct {
	ReceiptId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameResultHash(bytes32 receiptId)
func JobEscrowSameResultHashErrorID() common.Hash {
	return common.HexToHash("0x0128712e9c17082ff860a9f75d717d5bcea77da02ae84cce13208c5e38f1947d")
}

// UnpackSameResultHashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameResultHash(bytes32 receiptId)
func (jobEscrow *JobEscrow) UnpackSameResultHashError(raw []byte) (*JobEscrowSameResultHash, error) {
	out := new(JobEscrowSameResultHash)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "SameResultHash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowSlotAlreadySubmitted represents a SlotAlreadySubmitted error raised by the JobEscrow contract.
type JobEscrowSlotAlreadySubmitted struct {
	JobId  [32]byte
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotAlreadySubmitted(bytes32 jobId, address device)
func JobEscrowSlotAlreadySubmittedErrorID() common.Hash {
	return common.HexToHash("0xec7df71ed5546d7ec4b4c0b0f9ce52312d4016be031b798d2e20ee2e12beb26f")
}

// UnpackSlotAlreadySubmittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotAlreadySubmitted(bytes32 jobId, address device)
func (jobEscrow *JobEscrow) UnpackSlotAlreadySubmittedError(raw []byte) (*JobEscrowSlotAlreadySubmitted, error) {
	out := new(JobEscrowSlotAlreadySubmitted)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "SlotAlreadySubmitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowSlotNotClaimed represents a SlotNotClaimed error raised by the JobEscrow contract.
type JobEscrowSlotNotClaimed struct {
	JobId  [32]byte
	Device common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlotNotClaimed(bytes32 jobId, address device)
func JobEscrowSlotNotClaimedErrorID() common.Hash {
	return common.HexToHash("0x61813b0480ef2a27d775d85ffec56fdaf2c0e4ccb490aa393b52f7748f3c55d4")
}

// UnpackSlotNotClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlotNotClaimed(bytes32 jobId, address device)
func (jobEscrow *JobEscrow) UnpackSlotNotClaimedError(raw []byte) (*JobEscrowSlotNotClaimed, error) {
	out := new(JobEscrowSlotNotClaimed)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "SlotNotClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowStringTooLong represents a StringTooLong error raised by the JobEscrow contract.
type JobEscrowStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func JobEscrowStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (jobEscrow *JobEscrow) UnpackStringTooLongError(raw []byte) (*JobEscrowStringTooLong, error) {
	out := new(JobEscrowStringTooLong)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowTooManyVerifiers represents a TooManyVerifiers error raised by the JobEscrow contract.
type JobEscrowTooManyVerifiers struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyVerifiers(uint256 count, uint256 max)
func JobEscrowTooManyVerifiersErrorID() common.Hash {
	return common.HexToHash("0xe32d9e720ac6ae1935804fa38e033bb60b72c62fbf64ef3b3d1670c26b2391e0")
}

// UnpackTooManyVerifiersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyVerifiers(uint256 count, uint256 max)
func (jobEscrow *JobEscrow) UnpackTooManyVerifiersError(raw []byte) (*JobEscrowTooManyVerifiers, error) {
	out := new(JobEscrowTooManyVerifiers)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "TooManyVerifiers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// JobEscrowVoidSignersNotSorted represents a VoidSignersNotSorted error raised by the JobEscrow contract.
type JobEscrowVoidSignersNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VoidSignersNotSorted(uint256 index)
func JobEscrowVoidSignersNotSortedErrorID() common.Hash {
	return common.HexToHash("0xf4b5f2c042f15032b17c35a1166a2d1f44408ee7f4bb69ea6e1dc747502b8c35")
}

// UnpackVoidSignersNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VoidSignersNotSorted(uint256 index)
func (jobEscrow *JobEscrow) UnpackVoidSignersNotSortedError(raw []byte) (*JobEscrowVoidSignersNotSorted, error) {
	out := new(JobEscrowVoidSignersNotSorted)
	if err := jobEscrow.abi.UnpackIntoInterface(out, "VoidSignersNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
