"""Telephony without LiveKit: how an outbound call ended, the callback queue and its scheduler.

The LiveKit calls themselves (SIP trunks, dispatch rules, dialing, transfers) live in
`daisy_engine.transports.livekit.sip`; the CLI joins the two.
"""
