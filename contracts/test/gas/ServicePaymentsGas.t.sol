// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CareRoles} from "../../src/CareRoles.sol";
import {ServicePayments} from "../../src/ServicePayments.sol";
import {TestStablecoin} from "../../src/TestStablecoin.sol";
import {CheatTest} from "../CheatTest.sol";

/// @dev One user transaction per test, for `forge snapshot` (contracts/.gas-snapshot, checked in CI).
contract ServicePaymentsGasTest is CheatTest {
    ServicePayments internal payments;
    TestStablecoin internal usd;
    address internal billing = makeAddr("billing");
    uint256 internal patientKey = 0xA11CE;
    address internal patient;
    uint256 internal ethInvoice;
    uint256 internal usdInvoice;
    uint256 internal paidInvoice;

    function setUp() public {
        vm.chainId(31_337);
        patient = vm.addr(patientKey);
        address admin = makeAddr("admin");
        CareRoles roles = new CareRoles(admin);
        usd = new TestStablecoin(admin, "CareChain Test Dollar", "tUSD", "1");
        address[] memory tokens = new address[](1);
        tokens[0] = address(usd);
        payments = new ServicePayments(roles, tokens);
        vm.startPrank(admin);
        roles.grantRole(roles.BILLING_ROLE(), billing);
        usd.mint(patient, 1000e6);
        vm.stopPrank();
        vm.deal(patient, 1 ether);
        vm.startPrank(billing);
        ethInvoice = payments.createInvoice(
            patient, address(0), 0.05 ether, uint64(block.timestamp + 1 days), "C", ""
        );
        usdInvoice =
            payments.createInvoice(patient, address(usd), 180e6, uint64(block.timestamp + 1 days), "C", "");
        paidInvoice =
            payments.createInvoice(patient, address(0), 0.1 ether, uint64(block.timestamp + 1 days), "C", "");
        vm.stopPrank();
        vm.prank(patient);
        payments.payWithEth{value: 0.1 ether}(paidInvoice);
    }

    function test_gas_createInvoice() public {
        vm.prank(billing);
        payments.createInvoice(
            patient, address(0), 1 ether, uint64(block.timestamp + 1 days), "CPT-99213", "Consult"
        );
    }

    /// @dev A provider's invoice to a patient they never billed before.
    function test_gas_createInvoice_firstForPatient() public {
        vm.prank(billing);
        payments.createInvoice(
            makeAddr("newPatient"),
            address(0),
            1 ether,
            uint64(block.timestamp + 1 days),
            "CPT-99213",
            "Consult"
        );
    }

    function test_gas_payWithEth() public {
        vm.prank(patient);
        payments.payWithEth{value: 0.05 ether}(ethInvoice);
    }

    function test_gas_payWithPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                patient,
                address(payments),
                180e6,
                0,
                deadline
            )
        );
        (uint8 v, bytes32 r, bytes32 s) =
            vm.sign(patientKey, keccak256(abi.encodePacked("\x19\x01", usd.DOMAIN_SEPARATOR(), structHash)));
        vm.prank(patient);
        payments.payWithPermit(usdInvoice, deadline, v, r, s);
    }

    function test_gas_refund() public {
        vm.prank(billing);
        payments.refund(paidInvoice, 0.03 ether, 0);
    }

    function test_gas_payWithToken_afterApprove() public {
        vm.startPrank(patient);
        usd.approve(address(payments), 180e6);
        payments.payWithToken(usdInvoice);
        vm.stopPrank();
    }

    function test_gas_withdraw() public {
        vm.prank(billing);
        payments.withdrawTo(address(0), billing);
    }
}
