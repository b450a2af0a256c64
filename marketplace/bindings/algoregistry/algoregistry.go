// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package algoregistry

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

// AlgorithmRegistryListing is an auto generated low-level Go binding around an user-defined struct.
type AlgorithmRegistryListing struct {
	Author       common.Address
	Version      uint32
	RoyaltyBps   uint16
	Deprecated   bool
	PublishedAt  uint64
	ManifestHash [32]byte
	PricePerRun  *big.Int
	MinGasPrice  *big.Int
	Name         string
	ModuleCid    string
	ManifestCid  string
	Signature    []byte
}

// AlgorithmRegistryListingInput is an auto generated low-level Go binding around an user-defined struct.
type AlgorithmRegistryListingInput struct {
	Author       common.Address
	Name         string
	Version      uint32
	ModuleCid    string
	ManifestCid  string
	ManifestHash [32]byte
	PricePerRun  *big.Int
	RoyaltyBps   uint16
	MinGasPrice  *big.Int
}

// AlgorithmRegistryMetaData contains all meta data concerning the AlgorithmRegistry contract.
var AlgorithmRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"BadListingSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"}],\"name\":\"EmptyField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"ListingExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"ListingNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"NotAuthor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"}],\"name\":\"RoyaltyTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"latestVersion\",\"type\":\"uint32\"}],\"name\":\"VersionNotNewer\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"}],\"name\":\"ListingDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"moduleCid\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"}],\"name\":\"ListingPublished\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"LISTING_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ROYALTY_BPS\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"getListing\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"manifestHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerRun\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"moduleCid\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structAlgorithmRegistry.Listing\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"latest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"moduleCid\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"manifestHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerRun\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice\",\"type\":\"uint256\"}],\"internalType\":\"structAlgorithmRegistry.ListingInput\",\"name\":\"l\",\"type\":\"tuple\"}],\"name\":\"listingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint32\",\"name\":\"version\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"moduleCid\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"manifestCid\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"manifestHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerRun\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice\",\"type\":\"uint256\"}],\"internalType\":\"structAlgorithmRegistry.ListingInput\",\"name\":\"l\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"publish\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"listingId\",\"type\":\"bytes32\"}],\"name\":\"terms\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pricePerRun\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"royaltyBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"minGasPrice\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"deprecated\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AlgorithmRegistry",
	Bin: "0x6101606040523461013d57604051610018604082610141565b6015815260208101907f444d4c20416c676f726974686d52656769737472790000000000000000000000825260405191610053604084610141565b600183526020830191603160f81b835261006c81610178565b6101205261007984610178565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100e260c082610141565b5190206080523060c05260405161135090816101e482396080518161126d015260a0518161132a015260c05181611237015260e051816112bc015261010051816112e201526101205181610237015261014051816102600152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761016457604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101a3576020815191015160208210610194571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163175c0d1614610b6f575080633963fdee1461037b5780633dca40e61461035f57806368205bc31461031757806384b0196e1461021f578063904c4329146101be578063a672279314610184578063c1c3448c146100ca5763cd7e0b961461007f575f80fd5b346100c65760203660031901126100c6576004356001600160401b0381116100c65761012060031982360301126100c6576100be602091600401611010565b604051908152f35b5f80fd5b346100c65760203660031901126100c6576004355f81815260026020526040902080546001600160a01b03811692919083156101715783330361015a5760ff8160d01c166101475760ff60d01b1916600160d01b1790557fe1307b76202e3cef4530a43fc2345ba11619d4a1befeac9ff6a973937c92e8265f80a3005b8263626c737560e11b5f5260045260245ffd5b83630953983d60e11b5f523360045260245260445ffd5b826345abffa960e01b5f5260045260245ffd5b346100c6575f3660031901126100c65760206040517ffd2cadfeadd237b135c70dbd38eccccc9b5d3f358af67c65a946d9f242fab9d78152f35b346100c65760203660031901126100c6576004355f52600260205260a060405f2060ff81546004600384015493015460405193600180871b0383168552602085015261ffff8260c01c166040850152606084015260d01c1615156080820152f35b346100c6575f3660031901126100c6576102bb61025b7f00000000000000000000000000000000000000000000000000000000000000006111f6565b6102847f00000000000000000000000000000000000000000000000000000000000000006111f6565b60206102c9604051926102978385610e0d565b5f84525f368137604051958695600f60f81b875260e08588015260e0870190610dcd565b908582036040870152610dcd565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061030057505050500390f35b8351855286955093810193928101926001016102f1565b346100c65760403660031901126100c6576004356001600160a01b038116908190036100c6575f52600360205260405f206024355f52602052602060405f2054604051908152f35b346100c6575f3660031901126100c65760206040516127108152f35b346100c65760403660031901126100c6576004356001600160401b0381116100c657806004019061012060031982360301126100c6576024356001600160401b0381116100c657366023820112156100c6578060040135926001600160401b0384116100c65736602485840101116100c657602483016103fb8183610ee7565b905015610b435760648401906104118284610ee7565b905015610b1157608485016104268185610ee7565b905015610add5760e486019261271061ffff61044186610f19565b1611610abe5761045085611010565b5f818152600260205260409020549096906001600160a01b0316610aab5761048561047f368b60248501610f28565b8861112f565b506004811015610a975715801590610a73575b610a4657506104b16104aa8588610ee7565b3691610f28565b80516020909101206001600160a01b036104ca88610f6d565b165f52600360205260405f20815f5260205260405f205480151580610a19575b6109df57506001600160a01b0361050088610f6d565b165f52600360205260405f20905f526020528660405f2055865f52600260205261010460405f209860018060a01b0361053889610f6d565b16968a5490604483019863ffffffff60a01b6105538b610f81565b60a01b169161ffff60c01b9061056890610f19565b60c01b169265ffffffffffff60d01b161717178a5560018a016001600160401b0342166001600160401b031982541617905560a481013560028b015560c481013560038b0155013560048901556105bf8487610ee7565b60058a01916001600160401b0382116108f8576105e6826105e08554610e2e565b85610f92565b5f90601f831160011461097b5761061492915f918361090c575b50508160011b915f199060031b1c19161790565b90555b6106218287610ee7565b60068a01916001600160401b0382116108f857610642826105e08554610e2e565b5f90601f83116001146109175761066f92915f918361090c5750508160011b915f199060031b1c19161790565b90555b61067c8387610ee7565b60078a9b929b01906001600160401b0381116108f85760209b6106a3826105e08554610e2e565b5f90601f831160011461088d57828c9d93600895936106d9939d9e9d5f926108825750508160011b915f199060031b1c19161790565b90555b01916106ec826105e08554610e2e565b5f90601f83116001146107e057937f4927547e6b5a4f7eada9e9229f5162933c5d6ea9c8caa79b7be71989ab3d1aad9796936107498461076d98956107ae956107c7995f926107d25750508160011b915f199060031b1c19161790565b90555b61077c61077461076561075e8d610f6d565b968d610ee7565b989099610f81565b928c610ee7565b94909b610ee7565b93909a63ffffffff61079b6040519a8b9a60808c5260808c0191610ff0565b93168e8901528783036040890152610ff0565b84810360608601526001600160a01b0390921697610ff0565b0390a3604051908152f35b602492500101355f80610600565b5f8481528c8120999897969594939290601f198416905b8181106108655750837f4927547e6b5a4f7eada9e9229f5162933c5d6ea9c8caa79b7be71989ab3d1aad9a9b61076d9997946107c79997946107ae9760019510610849575b505050811b01905561074c565b01602401355f19600384901b60f8161c191690558f808061083c565b828401602401358c556001909b019a8d9a50918e01918e016107f7565b013590505f80610600565b601f19831691845f528e5f20925f5b8181106108e05750926001928e9f95929d9e9d8360089896106108c7575b505050811b0190556106dc565b01355f19600384901b60f8161c191690558f80806108ba565b9193602060018192878701358155019501920161089c565b634e487b7160e01b5f52604160045260245ffd5b013590508d80610600565b601f19831691845f5260205f20925f5b818110610963575090846001959493921061094a575b505050811b019055610672565b01355f19600384901b60f8161c191690558c808061093d565b91936020600181928787013581550195019201610927565b601f19831691845f5260205f20925f5b8181106109c757509084600195949392106109ae575b505050811b019055610617565b01355f19600384901b60f8161c191690558c80806109a1565b9193602060018192878701358155019501920161098b565b6109eb60448b01610f81565b5f9182526002602052604082205462427ae760e01b835263ffffffff91821660045260a01c16602452604490fd5b50610a2660448b01610f81565b815f52600260205263ffffffff8060405f205460a01c16911611156104ea565b610a4f87610f6d565b6385b76ef360e01b5f9081526001600160a01b039182166004529116602452604490fd5b506001600160a01b03610a8588610f6d565b166001600160a01b0382161415610498565b634e487b7160e01b5f52602160045260245ffd5b86637b4b1b1960e11b5f5260045260245ffd5b61ffff610aca85610f19565b6314df3fa960e31b5f521660045260245ffd5b60405163a69290e760e01b815260206004820152600b60248201526a1b585b9a59995cdd10da5960aa1b6044820152606490fd5b60405163a69290e760e01b81526020600482015260096024820152681b5bd91d5b1950da5960ba1b6044820152606490fd5b606460405163a69290e760e01b81526020600482015260046024820152636e616d6560e01b6044820152fd5b346100c65760203660031901126100c657610b8981610df1565b5f8152602081015f9052604081015f9052606081015f9052608081015f905260a081015f905260c081015f905260e081015f905261010081016060905261012081016060905261014081016060905261016001606090526004355f52600260205260405f20604051610bfa81610df1565b815491600160a01b600190038316825260208201928060a01c63ffffffff16845260408301908060c01c61ffff168252606084019060d01c60ff161515815260018301546001600160401b031660808501908152600284015460a08601908152600385015460c0870190815260048601549160e0880192835260405193848060058a0190610c8791610e66565b03610c929086610e0d565b61010089019485526040519586610cac8160068c01610e66565b03610cb79088610e0d565b6101208a019687526040519788610cd18160078d01610e66565b03610cdc908a610e0d565b6101408b01988952604051806008819c0190610cf791610e66565b03610d02908b610e0d565b6101608b01998a526040519b8c9b60208d52600160a01b6001900390511660208d01525163ffffffff1660408c01525161ffff1660608b015251151560808a0152516001600160401b031660a08901525160c08801525160e08701525161010086015251610120850161018090526101a08501610d7e91610dcd565b9051848203601f1901610140860152610d979190610dcd565b9051838203601f1901610160850152610db09190610dcd565b9051828203601f1901610180840152610dc99190610dcd565b0390f35b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b61018081019081106001600160401b038211176108f857604052565b90601f801991011681019081106001600160401b038211176108f857604052565b90600182811c92168015610e5c575b6020831014610e4857565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610e3d565b5f9291815491610e7583610e2e565b8083529260018116908115610eca5750600114610e9157505050565b5f9081526020812093945091925b838310610eb0575060209250010190565b600181602092949394548385870101520191019190610e9f565b915050602093945060ff929192191683830152151560051b010190565b903590601e19813603018212156100c657018035906001600160401b0382116100c6576020019181360383136100c657565b3561ffff811681036100c65790565b9291926001600160401b0382116108f85760405191610f51601f8201601f191660200184610e0d565b8294818452818301116100c6578281602093845f960137010152565b356001600160a01b03811681036100c65790565b3563ffffffff811681036100c65790565b919091601f8311610fa3575b505050565b818311610faf57505050565b5f5260205f206020601f830160051c9210610fe8575b81601f9101920160051c03905f5b82811015610f9e575f82820155600101610fd3565b5f9150610fc5565b908060209392818452848401375f828201840152601f01601f1916010190565b60429061101c81610f6d565b906101006110306104aa6020840184610ee7565b602081519101209161ffff61104760408301610f81565b6110576104aa6060850185610ee7565b6020815191012061106e6104aa6080860186610ee7565b602081519101209063ffffffff61108760e08701610f19565b936040519860208a019a7ffd2cadfeadd237b135c70dbd38eccccc9b5d3f358af67c65a946d9f242fab9d78c5260018060a01b031660408b015260608a015216608088015260a087015260c086015260a083013560e086015260c083013584860152166101208401520135610140820152610140815261110961016082610e0d565b519020611114611234565b906040519161190160f01b8352600283015260228201522090565b815191906041830361115f576111589250602082015190606060408401519301515f1a90611169565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116111eb579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156111e0575f516001600160a01b038116156111d657905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190565b60ff811690601f82116112255760405191611212604084610e0d565b6020808452838101919036833783525290565b632cd44ac360e21b5f5260045ffd5b307f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03161480611327575b1561128f577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261132160c082610e0d565b51902090565b507f0000000000000000000000000000000000000000000000000000000000000000461461126656",
}

// AlgorithmRegistry is an auto generated Go binding around an Ethereum contract.
type AlgorithmRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AlgorithmRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAlgorithmRegistry creates a new instance of AlgorithmRegistry.
func NewAlgorithmRegistry() *AlgorithmRegistry {
	parsed, err := AlgorithmRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AlgorithmRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AlgorithmRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackLISTINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6722793.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LISTING_TYPEHASH() view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) PackLISTINGTYPEHASH() []byte {
	enc, err := algorithmRegistry.abi.Pack("LISTING_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLISTINGTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6722793.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LISTING_TYPEHASH() view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) TryPackLISTINGTYPEHASH() ([]byte, error) {
	return algorithmRegistry.abi.Pack("LISTING_TYPEHASH")
}

// UnpackLISTINGTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6722793.
//
// Solidity: function LISTING_TYPEHASH() view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) UnpackLISTINGTYPEHASH(data []byte) ([32]byte, error) {
	out, err := algorithmRegistry.abi.Unpack("LISTING_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (algorithmRegistry *AlgorithmRegistry) PackMAXROYALTYBPS() []byte {
	enc, err := algorithmRegistry.abi.Pack("MAX_ROYALTY_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXROYALTYBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3dca40e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (algorithmRegistry *AlgorithmRegistry) TryPackMAXROYALTYBPS() ([]byte, error) {
	return algorithmRegistry.abi.Pack("MAX_ROYALTY_BPS")
}

// UnpackMAXROYALTYBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3dca40e6.
//
// Solidity: function MAX_ROYALTY_BPS() view returns(uint16)
func (algorithmRegistry *AlgorithmRegistry) UnpackMAXROYALTYBPS(data []byte) (uint16, error) {
	out, err := algorithmRegistry.abi.Unpack("MAX_ROYALTY_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1c3448c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(bytes32 listingId) returns()
func (algorithmRegistry *AlgorithmRegistry) PackDeprecate(listingId [32]byte) []byte {
	enc, err := algorithmRegistry.abi.Pack("deprecate", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1c3448c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(bytes32 listingId) returns()
func (algorithmRegistry *AlgorithmRegistry) TryPackDeprecate(listingId [32]byte) ([]byte, error) {
	return algorithmRegistry.abi.Pack("deprecate", listingId)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (algorithmRegistry *AlgorithmRegistry) PackEip712Domain() []byte {
	enc, err := algorithmRegistry.abi.Pack("eip712Domain")
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
func (algorithmRegistry *AlgorithmRegistry) TryPackEip712Domain() ([]byte, error) {
	return algorithmRegistry.abi.Pack("eip712Domain")
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
func (algorithmRegistry *AlgorithmRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := algorithmRegistry.abi.Unpack("eip712Domain", data)
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

// PackGetListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x175c0d16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getListing(bytes32 listingId) view returns((address,uint32,uint16,bool,uint64,bytes32,uint256,uint256,string,string,string,bytes))
func (algorithmRegistry *AlgorithmRegistry) PackGetListing(listingId [32]byte) []byte {
	enc, err := algorithmRegistry.abi.Pack("getListing", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetListing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x175c0d16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getListing(bytes32 listingId) view returns((address,uint32,uint16,bool,uint64,bytes32,uint256,uint256,string,string,string,bytes))
func (algorithmRegistry *AlgorithmRegistry) TryPackGetListing(listingId [32]byte) ([]byte, error) {
	return algorithmRegistry.abi.Pack("getListing", listingId)
}

// UnpackGetListing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x175c0d16.
//
// Solidity: function getListing(bytes32 listingId) view returns((address,uint32,uint16,bool,uint64,bytes32,uint256,uint256,string,string,string,bytes))
func (algorithmRegistry *AlgorithmRegistry) UnpackGetListing(data []byte) (AlgorithmRegistryListing, error) {
	out, err := algorithmRegistry.abi.Unpack("getListing", data)
	if err != nil {
		return *new(AlgorithmRegistryListing), err
	}
	out0 := *abi.ConvertType(out[0], new(AlgorithmRegistryListing)).(*AlgorithmRegistryListing)
	return out0, nil
}

// PackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68205bc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latest(address , bytes32 ) view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) PackLatest(arg0 common.Address, arg1 [32]byte) []byte {
	enc, err := algorithmRegistry.abi.Pack("latest", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68205bc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latest(address , bytes32 ) view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) TryPackLatest(arg0 common.Address, arg1 [32]byte) ([]byte, error) {
	return algorithmRegistry.abi.Pack("latest", arg0, arg1)
}

// UnpackLatest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68205bc3.
//
// Solidity: function latest(address , bytes32 ) view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) UnpackLatest(data []byte) ([32]byte, error) {
	out, err := algorithmRegistry.abi.Unpack("latest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackListingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd7e0b96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listingDigest((address,string,uint32,string,string,bytes32,uint256,uint16,uint256) l) view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) PackListingDigest(l AlgorithmRegistryListingInput) []byte {
	enc, err := algorithmRegistry.abi.Pack("listingDigest", l)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListingDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd7e0b96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listingDigest((address,string,uint32,string,string,bytes32,uint256,uint16,uint256) l) view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) TryPackListingDigest(l AlgorithmRegistryListingInput) ([]byte, error) {
	return algorithmRegistry.abi.Pack("listingDigest", l)
}

// UnpackListingDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd7e0b96.
//
// Solidity: function listingDigest((address,string,uint32,string,string,bytes32,uint256,uint16,uint256) l) view returns(bytes32)
func (algorithmRegistry *AlgorithmRegistry) UnpackListingDigest(data []byte) ([32]byte, error) {
	out, err := algorithmRegistry.abi.Unpack("listingDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3963fdee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publish((address,string,uint32,string,string,bytes32,uint256,uint16,uint256) l, bytes signature) returns(bytes32 listingId)
func (algorithmRegistry *AlgorithmRegistry) PackPublish(l AlgorithmRegistryListingInput, signature []byte) []byte {
	enc, err := algorithmRegistry.abi.Pack("publish", l, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublish is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3963fdee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publish((address,string,uint32,string,string,bytes32,uint256,uint16,uint256) l, bytes signature) returns(bytes32 listingId)
func (algorithmRegistry *AlgorithmRegistry) TryPackPublish(l AlgorithmRegistryListingInput, signature []byte) ([]byte, error) {
	return algorithmRegistry.abi.Pack("publish", l, signature)
}

// UnpackPublish is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3963fdee.
//
// Solidity: function publish((address,string,uint32,string,string,bytes32,uint256,uint16,uint256) l, bytes signature) returns(bytes32 listingId)
func (algorithmRegistry *AlgorithmRegistry) UnpackPublish(data []byte) ([32]byte, error) {
	out, err := algorithmRegistry.abi.Unpack("publish", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x904c4329.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function terms(bytes32 listingId) view returns(address author, uint256 pricePerRun, uint16 royaltyBps, uint256 minGasPrice, bool deprecated)
func (algorithmRegistry *AlgorithmRegistry) PackTerms(listingId [32]byte) []byte {
	enc, err := algorithmRegistry.abi.Pack("terms", listingId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x904c4329.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function terms(bytes32 listingId) view returns(address author, uint256 pricePerRun, uint16 royaltyBps, uint256 minGasPrice, bool deprecated)
func (algorithmRegistry *AlgorithmRegistry) TryPackTerms(listingId [32]byte) ([]byte, error) {
	return algorithmRegistry.abi.Pack("terms", listingId)
}

// TermsOutput serves as a container for the return parameters of contract
// method Terms.
type TermsOutput struct {
	Author      common.Address
	PricePerRun *big.Int
	RoyaltyBps  uint16
	MinGasPrice *big.Int
	Deprecated  bool
}

// UnpackTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x904c4329.
//
// Solidity: function terms(bytes32 listingId) view returns(address author, uint256 pricePerRun, uint16 royaltyBps, uint256 minGasPrice, bool deprecated)
func (algorithmRegistry *AlgorithmRegistry) UnpackTerms(data []byte) (TermsOutput, error) {
	out, err := algorithmRegistry.abi.Unpack("terms", data)
	outstruct := new(TermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Author = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.PricePerRun = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.RoyaltyBps = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.MinGasPrice = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Deprecated = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
}

// AlgorithmRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the AlgorithmRegistry contract.
type AlgorithmRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AlgorithmRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AlgorithmRegistryEIP712DomainChanged) ContractEventName() string {
	return AlgorithmRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (algorithmRegistry *AlgorithmRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*AlgorithmRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != algorithmRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AlgorithmRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := algorithmRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range algorithmRegistry.abi.Events[event].Inputs {
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

// AlgorithmRegistryListingDeprecated represents a ListingDeprecated event raised by the AlgorithmRegistry contract.
type AlgorithmRegistryListingDeprecated struct {
	ListingId [32]byte
	Author    common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const AlgorithmRegistryListingDeprecatedEventName = "ListingDeprecated"

// ContractEventName returns the user-defined event name.
func (AlgorithmRegistryListingDeprecated) ContractEventName() string {
	return AlgorithmRegistryListingDeprecatedEventName
}

// UnpackListingDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingDeprecated(bytes32 indexed listingId, address indexed author)
func (algorithmRegistry *AlgorithmRegistry) UnpackListingDeprecatedEvent(log *types.Log) (*AlgorithmRegistryListingDeprecated, error) {
	event := "ListingDeprecated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != algorithmRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AlgorithmRegistryListingDeprecated)
	if len(log.Data) > 0 {
		if err := algorithmRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range algorithmRegistry.abi.Events[event].Inputs {
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

// AlgorithmRegistryListingPublished represents a ListingPublished event raised by the AlgorithmRegistry contract.
type AlgorithmRegistryListingPublished struct {
	ListingId   [32]byte
	Author      common.Address
	Name        string
	Version     uint32
	ModuleCid   string
	ManifestCid string
	Raw         *types.Log // Blockchain specific contextual infos
}

const AlgorithmRegistryListingPublishedEventName = "ListingPublished"

// ContractEventName returns the user-defined event name.
func (AlgorithmRegistryListingPublished) ContractEventName() string {
	return AlgorithmRegistryListingPublishedEventName
}

// UnpackListingPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ListingPublished(bytes32 indexed listingId, address indexed author, string name, uint32 version, string moduleCid, string manifestCid)
func (algorithmRegistry *AlgorithmRegistry) UnpackListingPublishedEvent(log *types.Log) (*AlgorithmRegistryListingPublished, error) {
	event := "ListingPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != algorithmRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AlgorithmRegistryListingPublished)
	if len(log.Data) > 0 {
		if err := algorithmRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range algorithmRegistry.abi.Events[event].Inputs {
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
func (algorithmRegistry *AlgorithmRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["AlreadyDeprecated"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackAlreadyDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["BadListingSignature"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackBadListingSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["EmptyField"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackEmptyFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["ListingExists"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackListingExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["ListingNotFound"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackListingNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["NotAuthor"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackNotAuthorError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["RoyaltyTooHigh"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackRoyaltyTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], algorithmRegistry.abi.Errors["VersionNotNewer"].ID.Bytes()[:4]) {
		return algorithmRegistry.UnpackVersionNotNewerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AlgorithmRegistryAlreadyDeprecated represents a AlreadyDeprecated error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryAlreadyDeprecated struct {
	ListingId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeprecated(bytes32 listingId)
func AlgorithmRegistryAlreadyDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xc4d8e6eae34bf74ca897ea9b24c89b0bf2023f3bc924bd07a73b24b023e15525")
}

// UnpackAlreadyDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeprecated(bytes32 listingId)
func (algorithmRegistry *AlgorithmRegistry) UnpackAlreadyDeprecatedError(raw []byte) (*AlgorithmRegistryAlreadyDeprecated, error) {
	out := new(AlgorithmRegistryAlreadyDeprecated)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "AlreadyDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryBadListingSignature represents a BadListingSignature error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryBadListingSignature struct {
	Author common.Address
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadListingSignature(address author, address signer)
func AlgorithmRegistryBadListingSignatureErrorID() common.Hash {
	return common.HexToHash("0x85b76ef3688ffb3e09b5687c5c63fae72bb6c3d2814352ed407ffa49ba832246")
}

// UnpackBadListingSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadListingSignature(address author, address signer)
func (algorithmRegistry *AlgorithmRegistry) UnpackBadListingSignatureError(raw []byte) (*AlgorithmRegistryBadListingSignature, error) {
	out := new(AlgorithmRegistryBadListingSignature)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "BadListingSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryEmptyField represents a EmptyField error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryEmptyField struct {
	Field string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyField(string field)
func AlgorithmRegistryEmptyFieldErrorID() common.Hash {
	return common.HexToHash("0xa69290e7cac040ed0e694b9ddf4f08dea75b8deaa26a26ca604c3dd1384e4e45")
}

// UnpackEmptyFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyField(string field)
func (algorithmRegistry *AlgorithmRegistry) UnpackEmptyFieldError(raw []byte) (*AlgorithmRegistryEmptyField, error) {
	out := new(AlgorithmRegistryEmptyField)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "EmptyField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryInvalidShortString represents a InvalidShortString error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AlgorithmRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (algorithmRegistry *AlgorithmRegistry) UnpackInvalidShortStringError(raw []byte) (*AlgorithmRegistryInvalidShortString, error) {
	out := new(AlgorithmRegistryInvalidShortString)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryListingExists represents a ListingExists error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryListingExists struct {
	ListingId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingExists(bytes32 listingId)
func AlgorithmRegistryListingExistsErrorID() common.Hash {
	return common.HexToHash("0xf69636321fb2019f34bb6cbfd422234ca0354b8ec56b4b885382facd36abab15")
}

// UnpackListingExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingExists(bytes32 listingId)
func (algorithmRegistry *AlgorithmRegistry) UnpackListingExistsError(raw []byte) (*AlgorithmRegistryListingExists, error) {
	out := new(AlgorithmRegistryListingExists)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "ListingExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryListingNotFound represents a ListingNotFound error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryListingNotFound struct {
	ListingId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ListingNotFound(bytes32 listingId)
func AlgorithmRegistryListingNotFoundErrorID() common.Hash {
	return common.HexToHash("0x45abffa958a2f504b8a4e12eac6beebedf6d9348249a9d2699f64f5453265dd6")
}

// UnpackListingNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ListingNotFound(bytes32 listingId)
func (algorithmRegistry *AlgorithmRegistry) UnpackListingNotFoundError(raw []byte) (*AlgorithmRegistryListingNotFound, error) {
	out := new(AlgorithmRegistryListingNotFound)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "ListingNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryNotAuthor represents a NotAuthor error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryNotAuthor struct {
	Caller common.Address
	Author common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAuthor(address caller, address author)
func AlgorithmRegistryNotAuthorErrorID() common.Hash {
	return common.HexToHash("0x12a7307ad9d61777ed657be715d67a02408d4a9a89ae82f7d8bdbe86e5f4658c")
}

// UnpackNotAuthorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAuthor(address caller, address author)
func (algorithmRegistry *AlgorithmRegistry) UnpackNotAuthorError(raw []byte) (*AlgorithmRegistryNotAuthor, error) {
	out := new(AlgorithmRegistryNotAuthor)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "NotAuthor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryRoyaltyTooHigh represents a RoyaltyTooHigh error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryRoyaltyTooHigh struct {
	RoyaltyBps uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoyaltyTooHigh(uint16 royaltyBps)
func AlgorithmRegistryRoyaltyTooHighErrorID() common.Hash {
	return common.HexToHash("0xa6f9fd48ea2244f3455e2fd7825ba49d51e8038095014a79f24cadbb05ef7039")
}

// UnpackRoyaltyTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoyaltyTooHigh(uint16 royaltyBps)
func (algorithmRegistry *AlgorithmRegistry) UnpackRoyaltyTooHighError(raw []byte) (*AlgorithmRegistryRoyaltyTooHigh, error) {
	out := new(AlgorithmRegistryRoyaltyTooHigh)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "RoyaltyTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryStringTooLong represents a StringTooLong error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AlgorithmRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (algorithmRegistry *AlgorithmRegistry) UnpackStringTooLongError(raw []byte) (*AlgorithmRegistryStringTooLong, error) {
	out := new(AlgorithmRegistryStringTooLong)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AlgorithmRegistryVersionNotNewer represents a VersionNotNewer error raised by the AlgorithmRegistry contract.
type AlgorithmRegistryVersionNotNewer struct {
	Version       uint32
	LatestVersion uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionNotNewer(uint32 version, uint32 latestVersion)
func AlgorithmRegistryVersionNotNewerErrorID() common.Hash {
	return common.HexToHash("0x00427ae7427ffdd573d21866bd3f08b33108b3ea6039d7c5b927b26f6105e1f3")
}

// UnpackVersionNotNewerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionNotNewer(uint32 version, uint32 latestVersion)
func (algorithmRegistry *AlgorithmRegistry) UnpackVersionNotNewerError(raw []byte) (*AlgorithmRegistryVersionNotNewer, error) {
	out := new(AlgorithmRegistryVersionNotNewer)
	if err := algorithmRegistry.abi.UnpackIntoInterface(out, "VersionNotNewer", raw); err != nil {
		return nil, err
	}
	return out, nil
}
