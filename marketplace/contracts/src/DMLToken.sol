// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title DMLToken pays for gas and algorithm fees in the DML marketplace.
/// @notice The owner may mint: meant for deployments and the local devnet only.
contract DMLToken is ERC20, Ownable {
    constructor(uint256 initialSupply) ERC20("DML Token", "DML") Ownable(msg.sender) {
        _mint(msg.sender, initialSupply);
    }

    /// @notice Mint new tokens (deployment and devnet funding).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
