// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package checkpoints

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

// CheckpointRegistryCheckpoint is an auto generated low-level Go binding around an user-defined struct.
type CheckpointRegistryCheckpoint struct {
	JobId      [32]byte
	Round      uint64
	AcceptedAt uint64
}

// CheckpointRegistryMetaData contains all meta data concerning the CheckpointRegistry contract.
var CheckpointRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractJobEscrow\",\"name\":\"escrow_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"ApprovalQuorumNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ApproversNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadApprovalSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"}],\"name\":\"CheckpointAlreadyAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"JobNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"NoApprovers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCustomer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reportCid\",\"type\":\"string\"}],\"name\":\"ReportAlreadyRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextRound\",\"type\":\"uint64\"}],\"name\":\"RoundNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"modelCid\",\"type\":\"string\"}],\"name\":\"CheckpointAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"customer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reportCid\",\"type\":\"string\"}],\"name\":\"ReportRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"APPROVAL_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"modelCid\",\"type\":\"string\"}],\"name\":\"approvalDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"modelCid\",\"type\":\"string\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"approveCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"checkpointHash\",\"type\":\"bytes32\"}],\"name\":\"checkpointOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"round\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"acceptedAt\",\"type\":\"uint64\"}],\"internalType\":\"structCheckpointRegistry.Checkpoint\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"contractJobEscrow\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"nextRound\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"reportCid\",\"type\":\"string\"}],\"name\":\"recordReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"}],\"name\":\"reportOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CheckpointRegistry",
	Bin: "0x6101808060405234610189576020816114558038038091610020828561018d565b83398101031261018957516001600160a01b03811681036101895760405161004960408261018d565b6016815260208101907f444d4c20436865636b706f696e7452656769737472790000000000000000000082526040519161008460408461018d565b600183526020830191603160f81b835261009d816101c4565b610120526100aa846101c4565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261011360c08261018d565b5190206080523060c052610160526040516112259081610230823960805181611142015260a051816111ff015260c0518161110c015260e05181611191015261010051816111b7015261012051816101b8015261014051816101e101526101605181818160eb015281816103f80152610c6a0152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101b057604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101ef5760208151910151602082106101e0571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081632d2275ad1461074e57508063434446101461031057806365a72497146102d657806370e386631461029857806384b0196e146101a0578063a7ef62f01461014d578063ca12ba331461011a578063e2fdcc17146100d65763f17aa6941461007f575f80fd5b346100d25760203660031901126100d2576004355f5260046020526100ce6100b36100ba60405f2060405192838092610bc6565b0382610868565b604051918291602083526020830190610815565b0390f35b5f80fd5b346100d2575f3660031901126100d2576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346100d25760203660031901126100d2576004355f52600360205260206001600160401b0360405f205416604051908152f35b346100d25760803660031901126100d2576101666107d2565b6064356001600160401b0381116100d25760209161018b6101989236906004016107e8565b9160443590600435610f2d565b604051908152f35b346100d2575f3660031901126100d25761023c6101dc7f00000000000000000000000000000000000000000000000000000000000000006110cb565b6102057f00000000000000000000000000000000000000000000000000000000000000006110cb565b602061024a604051926102188385610868565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190610815565b908582036040870152610815565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061028157505050500390f35b835185528695509381019392810192600101610272565b346100d25760403660031901126100d2576024356001600160401b0381116100d2576102cb6102d49136906004016107e8565b90600435610c47565b005b346100d2575f3660031901126100d25760206040517fe2edca9c6da0bd80c186e906f9a64b27068424767a54e853e5ac4e5df33b4a9d8152f35b346100d25760a03660031901126100d25760043561032c6107d2565b604435916064356001600160401b0381116100d25761034f9036906004016107e8565b608492919235936001600160401b0385116100d257366023860112156100d2578460040135946001600160401b0386116100d2573660248760051b830101116100d25786156107175782156106e657865f52600260205260405f20968754806106bf5750845f5260036020526001600160401b0360405f2054166001600160401b038416908082106106a5575060405163f729cf0d60e01b815260048101879052965f886024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa97881561069a575f98610676575b5087516001600160a01b0316156106635760e088019460ff8651161561065057868285610461938b9e999d9e610f2d565b955f955f9b8c978160421989360301995b10156105595760248e60051b89010135898112156100d25788016024810135906001600160401b0382116100d2576044019080360382136100d2576104c2916104bc913691610b31565b8b610fc5565b50600481939293101561054557610532576001600160a01b03828116911681111561051f576104f6826102408f0151610fff565b1561050957506001909d019c818e610472565b8b6305128b6f60e21b5f5260045260245260445ffd5b8e63d969407960e01b5f5260045260245ffd5b8e6304bd859160e51b5f5260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b50899495965060ff8c51169081811061063b575050838155600190810180546fffffffffffffffff00000000000000001987166fffffffffffffffffffffffffffffffff19909116174260401b6fffffffffffffffff0000000000000000161790558401916001600160401b038311610627577f633f696c07fdd5f29bb25f2a72e26d61a6f996b0238eaa317b3258a5221cb81e92845f5260036020526001600160401b0360405f2091166001600160401b031982541617905561062260405192839283610b67565b0390a4005b634e487b7160e01b5f52601160045260245ffd5b631fad192560e31b5f5260045260245260445ffd5b87630282aa3960e51b5f5260045260245ffd5b8663c182b72d60e01b5f5260045260245ffd5b6106939198503d805f833e61068b8183610868565b810190610923565b968a610430565b6040513d5f823e3d90fd5b90866326e2a14b60e11b5f5260045260245260445260645ffd5b6001600160401b0360018a015416916358c056ad60e11b5f5260045260245260445260645ffd5b60405163a69290e760e01b81526020600482015260086024820152671b5bd9195b10da5960c21b6044820152606490fd5b60405163a69290e760e01b815260206004820152600e60248201526d0c6d0cac6d6e0ded2dce890c2e6d60931b6044820152606490fd5b346100d25760203660031901126100d25760408161076c5f93610839565b82815282602082015201526004355f526002602052606060405f206001600160401b0360405161079b81610839565b81600184549485845201549181604060208301928286168452019360401c1683526040519485525116602084015251166040820152f35b602435906001600160401b03821682036100d257565b9181601f840112156100d2578235916001600160401b0383116100d257602083818601950101116100d257565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b606081019081106001600160401b0382111761085457604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761085457604052565b51906001600160a01b03821682036100d257565b51906001600160401b03821682036100d257565b519063ffffffff821682036100d257565b6001600160401b03811161085457601f01601f191660200190565b81601f820112156100d2578051906108f4826108c2565b926109026040519485610868565b828452602083830101116100d257815f9260208093018386015e8301015290565b6020818303126100d2578051906001600160401b0382116100d2570190610260828203126100d2576040519161026083018381106001600160401b038211176108545760405261097281610889565b83526109806020820161089d565b6020840152610991604082016108b1565b60408401526109a260608201610889565b60608401526109b36080820161089d565b60808401526109c460a082016108b1565b60a084015260c081015161ffff811681036100d25760c084015260e081015160ff811681036100d25760e08401526109ff61010082016108b1565b6101008401526101208101516101208401526101408101516101408401526101608101516101608401526101808101516101808401526101a08101516101a08401526101c08101516101c08401526101e08101516101e08401526102008101516001600160401b0381116100d25782610a799183016108dd565b6102008401526102208101516001600160401b0381116100d25782610a9f9183016108dd565b610220840152610240810151906001600160401b0382116100d257019080601f830112156100d2578151916001600160401b038311610854578260051b906020820193610aef6040519586610868565b84526020808501928201019283116100d257602001905b828210610b195750505061024082015290565b60208091610b2684610889565b815201910190610b06565b929192610b3d826108c2565b91610b4b6040519384610868565b8294818452818301116100d2578281602093845f960137010152565b90918060409360208452816020850152848401375f828201840152601f01601f1916010190565b90600182811c92168015610bbc575b6020831014610ba857565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610b9d565b5f9291815491610bd583610b8e565b8083529260018116908115610c2a5750600114610bf157505050565b5f9081526020812093945091925b838310610c10575060209250010190565b600181602092949394548385870101520191019190610bff565b915050602093945060ff929192191683830152151560051b010190565b90918015610efb5760405163f729cf0d60e01b8152600481018390525f816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561069a575f91610ee1575b5080516001600160a01b031615610ece57516001600160a01b03163303610eb757815f52600460205260405f20610cd98154610b8e565b610e515750815f52600460205260405f206001600160401b03821161085457610d028154610b8e565b601f8111610e00575b505f601f8311600114610d785791610d6891817fe19c3434b878833bbcf2503690d2a27509290ea82fda623af9939425c2d4eeb5945f91610d6d575b508260011b905f198460031b1c19161790555b604051918291339683610b67565b0390a3565b90508601355f610d47565b601f19831690825f5260205f20915f5b818110610de8575091610d689391857fe19c3434b878833bbcf2503690d2a27509290ea82fda623af9939425c2d4eeb5969410610dcf575b5050600182811b019055610d5a565b8701355f19600385901b60f8161c191690555f80610dc0565b9192602060018192868b013581550194019201610d88565b82811115610d0b57815f5260205f20601f840160051c9060208510610e49575b81601f9101920160051c03905f5b828110610e3c575050610d0b565b5f82820155600101610e2e565b5f9150610e20565b939192610e7890604051610e69816100b3818a610bc6565b60208151910120923691610b31565b6020815191012014610eb25750610eae604051928392630723400f60e21b84526004840152604060248401526044830190610bc6565b0390fd5b915050565b50639bffd37560e01b5f526004523360245260445ffd5b8263c182b72d60e01b5f5260045260245ffd5b610ef591503d805f833e61068b8183610868565b5f610ca2565b60405163a69290e760e01b81526020600482015260096024820152681c995c1bdc9d10da5960ba1b6044820152606490fd5b92610f3f906042959392933691610b31565b60208151910120906001600160401b036040519360208501957fe2edca9c6da0bd80c186e906f9a64b27068424767a54e853e5ac4e5df33b4a9d87526040860152166060840152608083015260a082015260a08152610f9f60c082610868565b519020610faa611109565b906040519161190160f01b8352600283015260228201522090565b8151919060418303610ff557610fee9250602082015190606060408401519301515f1a90611049565b9192909190565b50505f9160029190565b8051916001600160a01b0316905f5b8381101561104157600581901b8201602001516001600160a01b031683146110385760010161100e565b50505050600190565b505050505f90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116110c0579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561069a575f516001600160a01b038116156110b657905f905f90565b505f906001905f90565b5050505f9160039190565b60ff811690601f82116110fa57604051916110e7604084610868565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031614806111fc575b15611164577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a081526111f660c082610868565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461113b56",
}

// CheckpointRegistry is an auto generated Go binding around an Ethereum contract.
type CheckpointRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CheckpointRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewCheckpointRegistry creates a new instance of CheckpointRegistry.
func NewCheckpointRegistry() *CheckpointRegistry {
	parsed, err := CheckpointRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CheckpointRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CheckpointRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address escrow_) returns()
func (checkpointRegistry *CheckpointRegistry) PackConstructor(escrow_ common.Address) []byte {
	enc, err := checkpointRegistry.abi.Pack("", escrow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAPPROVALTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65a72497.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function APPROVAL_TYPEHASH() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) PackAPPROVALTYPEHASH() []byte {
	enc, err := checkpointRegistry.abi.Pack("APPROVAL_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAPPROVALTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65a72497.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function APPROVAL_TYPEHASH() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) TryPackAPPROVALTYPEHASH() ([]byte, error) {
	return checkpointRegistry.abi.Pack("APPROVAL_TYPEHASH")
}

// UnpackAPPROVALTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65a72497.
//
// Solidity: function APPROVAL_TYPEHASH() view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) UnpackAPPROVALTYPEHASH(data []byte) ([32]byte, error) {
	out, err := checkpointRegistry.abi.Unpack("APPROVAL_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApprovalDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ef62f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approvalDigest(bytes32 jobId, uint64 round, bytes32 checkpointHash, string modelCid) view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) PackApprovalDigest(jobId [32]byte, round uint64, checkpointHash [32]byte, modelCid string) []byte {
	enc, err := checkpointRegistry.abi.Pack("approvalDigest", jobId, round, checkpointHash, modelCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprovalDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7ef62f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approvalDigest(bytes32 jobId, uint64 round, bytes32 checkpointHash, string modelCid) view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) TryPackApprovalDigest(jobId [32]byte, round uint64, checkpointHash [32]byte, modelCid string) ([]byte, error) {
	return checkpointRegistry.abi.Pack("approvalDigest", jobId, round, checkpointHash, modelCid)
}

// UnpackApprovalDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7ef62f0.
//
// Solidity: function approvalDigest(bytes32 jobId, uint64 round, bytes32 checkpointHash, string modelCid) view returns(bytes32)
func (checkpointRegistry *CheckpointRegistry) UnpackApprovalDigest(data []byte) ([32]byte, error) {
	out, err := checkpointRegistry.abi.Unpack("approvalDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApproveCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43444610.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveCheckpoint(bytes32 jobId, uint64 round, bytes32 checkpointHash, string modelCid, bytes[] signatures) returns()
func (checkpointRegistry *CheckpointRegistry) PackApproveCheckpoint(jobId [32]byte, round uint64, checkpointHash [32]byte, modelCid string, signatures [][]byte) []byte {
	enc, err := checkpointRegistry.abi.Pack("approveCheckpoint", jobId, round, checkpointHash, modelCid, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveCheckpoint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43444610.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveCheckpoint(bytes32 jobId, uint64 round, bytes32 checkpointHash, string modelCid, bytes[] signatures) returns()
func (checkpointRegistry *CheckpointRegistry) TryPackApproveCheckpoint(jobId [32]byte, round uint64, checkpointHash [32]byte, modelCid string, signatures [][]byte) ([]byte, error) {
	return checkpointRegistry.abi.Pack("approveCheckpoint", jobId, round, checkpointHash, modelCid, signatures)
}

// PackCheckpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2275ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpointOf(bytes32 checkpointHash) view returns((bytes32,uint64,uint64))
func (checkpointRegistry *CheckpointRegistry) PackCheckpointOf(checkpointHash [32]byte) []byte {
	enc, err := checkpointRegistry.abi.Pack("checkpointOf", checkpointHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpointOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d2275ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpointOf(bytes32 checkpointHash) view returns((bytes32,uint64,uint64))
func (checkpointRegistry *CheckpointRegistry) TryPackCheckpointOf(checkpointHash [32]byte) ([]byte, error) {
	return checkpointRegistry.abi.Pack("checkpointOf", checkpointHash)
}

// UnpackCheckpointOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d2275ad.
//
// Solidity: function checkpointOf(bytes32 checkpointHash) view returns((bytes32,uint64,uint64))
func (checkpointRegistry *CheckpointRegistry) UnpackCheckpointOf(data []byte) (CheckpointRegistryCheckpoint, error) {
	out, err := checkpointRegistry.abi.Unpack("checkpointOf", data)
	if err != nil {
		return *new(CheckpointRegistryCheckpoint), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointRegistryCheckpoint)).(*CheckpointRegistryCheckpoint)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (checkpointRegistry *CheckpointRegistry) PackEip712Domain() []byte {
	enc, err := checkpointRegistry.abi.Pack("eip712Domain")
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
func (checkpointRegistry *CheckpointRegistry) TryPackEip712Domain() ([]byte, error) {
	return checkpointRegistry.abi.Pack("eip712Domain")
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
func (checkpointRegistry *CheckpointRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := checkpointRegistry.abi.Unpack("eip712Domain", data)
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

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(address)
func (checkpointRegistry *CheckpointRegistry) PackEscrow() []byte {
	enc, err := checkpointRegistry.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(address)
func (checkpointRegistry *CheckpointRegistry) TryPackEscrow() ([]byte, error) {
	return checkpointRegistry.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (checkpointRegistry *CheckpointRegistry) UnpackEscrow(data []byte) (common.Address, error) {
	out, err := checkpointRegistry.abi.Unpack("escrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackNextRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca12ba33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextRound(bytes32 ) view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) PackNextRound(arg0 [32]byte) []byte {
	enc, err := checkpointRegistry.abi.Pack("nextRound", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca12ba33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextRound(bytes32 ) view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) TryPackNextRound(arg0 [32]byte) ([]byte, error) {
	return checkpointRegistry.abi.Pack("nextRound", arg0)
}

// UnpackNextRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca12ba33.
//
// Solidity: function nextRound(bytes32 ) view returns(uint64)
func (checkpointRegistry *CheckpointRegistry) UnpackNextRound(data []byte) (uint64, error) {
	out, err := checkpointRegistry.abi.Unpack("nextRound", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRecordReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70e38663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordReport(bytes32 jobId, string reportCid) returns()
func (checkpointRegistry *CheckpointRegistry) PackRecordReport(jobId [32]byte, reportCid string) []byte {
	enc, err := checkpointRegistry.abi.Pack("recordReport", jobId, reportCid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70e38663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordReport(bytes32 jobId, string reportCid) returns()
func (checkpointRegistry *CheckpointRegistry) TryPackRecordReport(jobId [32]byte, reportCid string) ([]byte, error) {
	return checkpointRegistry.abi.Pack("recordReport", jobId, reportCid)
}

// PackReportOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf17aa694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportOf(bytes32 jobId) view returns(string)
func (checkpointRegistry *CheckpointRegistry) PackReportOf(jobId [32]byte) []byte {
	enc, err := checkpointRegistry.abi.Pack("reportOf", jobId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf17aa694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportOf(bytes32 jobId) view returns(string)
func (checkpointRegistry *CheckpointRegistry) TryPackReportOf(jobId [32]byte) ([]byte, error) {
	return checkpointRegistry.abi.Pack("reportOf", jobId)
}

// UnpackReportOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf17aa694.
//
// Solidity: function reportOf(bytes32 jobId) view returns(string)
func (checkpointRegistry *CheckpointRegistry) UnpackReportOf(data []byte) (string, error) {
	out, err := checkpointRegistry.abi.Unpack("reportOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// CheckpointRegistryCheckpointAccepted represents a CheckpointAccepted event raised by the CheckpointRegistry contract.
type CheckpointRegistryCheckpointAccepted struct {
	JobId          [32]byte
	Round          uint64
	CheckpointHash [32]byte
	ModelCid       string
	Raw            *types.Log // Blockchain specific contextual infos
}

const CheckpointRegistryCheckpointAcceptedEventName = "CheckpointAccepted"

// ContractEventName returns the user-defined event name.
func (CheckpointRegistryCheckpointAccepted) ContractEventName() string {
	return CheckpointRegistryCheckpointAcceptedEventName
}

// UnpackCheckpointAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CheckpointAccepted(bytes32 indexed jobId, uint64 indexed round, bytes32 indexed checkpointHash, string modelCid)
func (checkpointRegistry *CheckpointRegistry) UnpackCheckpointAcceptedEvent(log *types.Log) (*CheckpointRegistryCheckpointAccepted, error) {
	event := "CheckpointAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != checkpointRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CheckpointRegistryCheckpointAccepted)
	if len(log.Data) > 0 {
		if err := checkpointRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range checkpointRegistry.abi.Events[event].Inputs {
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

// CheckpointRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the CheckpointRegistry contract.
type CheckpointRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const CheckpointRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (CheckpointRegistryEIP712DomainChanged) ContractEventName() string {
	return CheckpointRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (checkpointRegistry *CheckpointRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*CheckpointRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != checkpointRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CheckpointRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := checkpointRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range checkpointRegistry.abi.Events[event].Inputs {
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

// CheckpointRegistryReportRecorded represents a ReportRecorded event raised by the CheckpointRegistry contract.
type CheckpointRegistryReportRecorded struct {
	JobId     [32]byte
	Customer  common.Address
	ReportCid string
	Raw       *types.Log // Blockchain specific contextual infos
}

const CheckpointRegistryReportRecordedEventName = "ReportRecorded"

// ContractEventName returns the user-defined event name.
func (CheckpointRegistryReportRecorded) ContractEventName() string {
	return CheckpointRegistryReportRecordedEventName
}

// UnpackReportRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportRecorded(bytes32 indexed jobId, address indexed customer, string reportCid)
func (checkpointRegistry *CheckpointRegistry) UnpackReportRecordedEvent(log *types.Log) (*CheckpointRegistryReportRecorded, error) {
	event := "ReportRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != checkpointRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CheckpointRegistryReportRecorded)
	if len(log.Data) > 0 {
		if err := checkpointRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range checkpointRegistry.abi.Events[event].Inputs {
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
func (checkpointRegistry *CheckpointRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["ApprovalQuorumNotReached"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackApprovalQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["ApproversNotSorted"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackApproversNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["BadApprovalSignature"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackBadApprovalSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["CheckpointAlreadyAccepted"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackCheckpointAlreadyAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["JobNotFound"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackJobNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["NoApprovers"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackNoApproversError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["NotApprover"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackNotApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["NotCustomer"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackNotCustomerError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["ReportAlreadyRecorded"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackReportAlreadyRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["RoundNotIncreasing"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackRoundNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], checkpointRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return checkpointRegistry.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CheckpointRegistryApprovalQuorumNotReached represents a ApprovalQuorumNotReached error raised by the CheckpointRegistry contract.
type CheckpointRegistryApprovalQuorumNotReached struct {
	Signatures *big.Int
	Quorum     uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ApprovalQuorumNotReached(uint256 signatures, uint8 quorum)
func CheckpointRegistryApprovalQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0xfd68c9285266ed9760ba3bfa38954ca73d5482d06b43918acd56d078d3946f4b")
}

// UnpackApprovalQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ApprovalQuorumNotReached(uint256 signatures, uint8 quorum)
func (checkpointRegistry *CheckpointRegistry) UnpackApprovalQuorumNotReachedError(raw []byte) (*CheckpointRegistryApprovalQuorumNotReached, error) {
	out := new(CheckpointRegistryApprovalQuorumNotReached)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "ApprovalQuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryApproversNotSorted represents a ApproversNotSorted error raised by the CheckpointRegistry contract.
type CheckpointRegistryApproversNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ApproversNotSorted(uint256 index)
func CheckpointRegistryApproversNotSortedErrorID() common.Hash {
	return common.HexToHash("0xd9694079792a3cd3531eff8b1f46422b6319fcf93d57c5427ae1316d3c61092f")
}

// UnpackApproversNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ApproversNotSorted(uint256 index)
func (checkpointRegistry *CheckpointRegistry) UnpackApproversNotSortedError(raw []byte) (*CheckpointRegistryApproversNotSorted, error) {
	out := new(CheckpointRegistryApproversNotSorted)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "ApproversNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryBadApprovalSignature represents a BadApprovalSignature error raised by the CheckpointRegistry contract.
type CheckpointRegistryBadApprovalSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadApprovalSignature(uint256 index)
func CheckpointRegistryBadApprovalSignatureErrorID() common.Hash {
	return common.HexToHash("0x97b0b22027fcc2cad42a67f007c78d128fceb425406e7c283656512671912d1f")
}

// UnpackBadApprovalSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadApprovalSignature(uint256 index)
func (checkpointRegistry *CheckpointRegistry) UnpackBadApprovalSignatureError(raw []byte) (*CheckpointRegistryBadApprovalSignature, error) {
	out := new(CheckpointRegistryBadApprovalSignature)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "BadApprovalSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryCheckpointAlreadyAccepted represents a CheckpointAlreadyAccepted error raised by the CheckpointRegistry contract.
type CheckpointRegistryCheckpointAlreadyAccepted struct {
	CheckpointHash [32]byte
	JobId          [32]byte
	Round          uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointAlreadyAccepted(bytes32 checkpointHash, bytes32 jobId, uint64 round)
func CheckpointRegistryCheckpointAlreadyAcceptedErrorID() common.Hash {
	return common.HexToHash("0xb180ad5a12fce5f871c5cd73e1fc292bbc1e5872d44621cf1a084052ff723f17")
}

// UnpackCheckpointAlreadyAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointAlreadyAccepted(bytes32 checkpointHash, bytes32 jobId, uint64 round)
func (checkpointRegistry *CheckpointRegistry) UnpackCheckpointAlreadyAcceptedError(raw []byte) (*CheckpointRegistryCheckpointAlreadyAccepted, error) {
	out := new(CheckpointRegistryCheckpointAlreadyAccepted)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "CheckpointAlreadyAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryEmptyField represents a EmptyField error raised by the CheckpointRegistry contract.
type CheckpointRegistryEmptyField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField(string field)
func CheckpointRegistryEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0xa69290e7cac040ed0e694b9ddf4f08dea75b8deaa26a26ca604c3dd1384e4e45")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField(string field)
func (checkpointRegistry *CheckpointRegistry) UnpackEmptyFieldError(raw []byte) (*CheckpointRegistryEmptyField, error) {
	out := new(CheckpointRegistryEmptyField)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryInvalidShortString represents a InvalidShortString error raised by the CheckpointRegistry contract.
type CheckpointRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func CheckpointRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (checkpointRegistry *CheckpointRegistry) UnpackInvalidShortStringError(raw []byte) (*CheckpointRegistryInvalidShortString, error) {
	out := new(CheckpointRegistryInvalidShortString)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryJobNotFound represents a JobNotFound error raised by the CheckpointRegistry contract.
type CheckpointRegistryJobNotFound struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobNotFound(bytes32 jobId)
func CheckpointRegistryJobNotFoundErrorID() common.Hash {
	return common.HexToHash("0xc182b72d1a8fcd26c6899bd9d06243d026a8591f9449035a7f37001b7097bbf7")
}

// UnpackJobNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobNotFound(bytes32 jobId)
func (checkpointRegistry *CheckpointRegistry) UnpackJobNotFoundError(raw []byte) (*CheckpointRegistryJobNotFound, error) {
	out := new(CheckpointRegistryJobNotFound)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "JobNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryNoApprovers represents a NoApprovers error raised by the CheckpointRegistry contract.
type CheckpointRegistryNoApprovers struct {
	JobId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoApprovers(bytes32 jobId)
func CheckpointRegistryNoApproversErrorID() common.Hash {
	return common.HexToHash("0x505547209f4ff76d7f4c578ff4c1f82c80d8e219054bfe9651ae615d96062e3b")
}

// UnpackNoApproversError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoApprovers(bytes32 jobId)
func (checkpointRegistry *CheckpointRegistry) UnpackNoApproversError(raw []byte) (*CheckpointRegistryNoApprovers, error) {
	out := new(CheckpointRegistryNoApprovers)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "NoApprovers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryNotApprover represents a NotApprover error raised by the CheckpointRegistry contract.
type CheckpointRegistryNotApprover struct {
	JobId  [32]byte
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotApprover(bytes32 jobId, address signer)
func CheckpointRegistryNotApproverErrorID() common.Hash {
	return common.HexToHash("0x144a2dbc5158fb80b6863b0b6ce67e0092bfb39e6c0696bbe46c9fc7feca977d")
}

// UnpackNotApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotApprover(bytes32 jobId, address signer)
func (checkpointRegistry *CheckpointRegistry) UnpackNotApproverError(raw []byte) (*CheckpointRegistryNotApprover, error) {
	out := new(CheckpointRegistryNotApprover)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "NotApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryNotCustomer represents a NotCustomer error raised by the CheckpointRegistry contract.
type CheckpointRegistryNotCustomer struct {
	JobId  [32]byte
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCustomer(bytes32 jobId, address caller)
func CheckpointRegistryNotCustomerErrorID() common.Hash {
	return common.HexToHash("0x9bffd375575d56b0f08e54408b936546bf09a96e69b215e034553b2ce609b27f")
}

// UnpackNotCustomerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCustomer(bytes32 jobId, address caller)
func (checkpointRegistry *CheckpointRegistry) UnpackNotCustomerError(raw []byte) (*CheckpointRegistryNotCustomer, error) {
	out := new(CheckpointRegistryNotCustomer)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "NotCustomer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryReportAlreadyRecorded represents a ReportAlreadyRecorded error raised by the CheckpointRegistry contract.
type CheckpointRegistryReportAlreadyRecorded struct {
	JobId     [32]byte
	ReportCid string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReportAlreadyRecorded(bytes32 jobId, string reportCid)
func CheckpointRegistryReportAlreadyRecordedErrorID() common.Hash {
	return common.HexToHash("0x1c8d003c6b7a8d1e0286c7e8429f4c75c6519c38bd850160d6ed88bd2410861e")
}

// UnpackReportAlreadyRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReportAlreadyRecorded(bytes32 jobId, string reportCid)
func (checkpointRegistry *CheckpointRegistry) UnpackReportAlreadyRecordedError(raw []byte) (*CheckpointRegistryReportAlreadyRecorded, error) {
	out := new(CheckpointRegistryReportAlreadyRecorded)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "ReportAlreadyRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryRoundNotIncreasing represents a RoundNotIncreasing error raised by the CheckpointRegistry contract.
type CheckpointRegistryRoundNotIncreasing struct {
	JobId     [32]byte
	Round     uint64
	NextRound uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoundNotIncreasing(bytes32 jobId, uint64 round, uint64 nextRound)
func CheckpointRegistryRoundNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0x4dc54296a080ec9cedd9b3c2e2c779f19c0f85a8e00882e90b26141e3e7e54c1")
}

// UnpackRoundNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoundNotIncreasing(bytes32 jobId, uint64 round, uint64 nextRound)
func (checkpointRegistry *CheckpointRegistry) UnpackRoundNotIncreasingError(raw []byte) (*CheckpointRegistryRoundNotIncreasing, error) {
	out := new(CheckpointRegistryRoundNotIncreasing)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "RoundNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CheckpointRegistryStringTooLong represents a StringTooLong error raised by the CheckpointRegistry contract.
type CheckpointRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func CheckpointRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (checkpointRegistry *CheckpointRegistry) UnpackStringTooLongError(raw []byte) (*CheckpointRegistryStringTooLong, error) {
	out := new(CheckpointRegistryStringTooLong)
	if err := checkpointRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
