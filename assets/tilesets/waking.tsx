<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="waking" tilewidth="16" tileheight="16" tilecount="320" columns="16">
 <image source="waking.png" width="256" height="320"/>
 <tile id="0">
  <properties>
   <property name="kind" value="void"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="floor_wood"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="floor_wood_b"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="floor_tile"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="floor_tile_b"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="carpet"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="carpet_b"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="doormat"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="rug"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="sidewalk_b"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="curb"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="asphalt"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="asphalt_b"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="lane_mark"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="crosswalk"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="wall_cap"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="wall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="wall_face_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="wall_face_poster"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="wall_face_clock"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="wall_face_screen"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="96" duration="600"/>
   <frame tileid="97" duration="600"/>
   <frame tileid="98" duration="600"/>
  </animation>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="corridor_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="corridor_face_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="door_interior"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="door_apartment"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="elevator_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="stairs_down"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="kind" value="door_glass"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="kind" value="threshold"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="kind" value="planter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="kind" value="grass"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="roof_edge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="facade"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="facade_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="facade_window_lit"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="99" duration="600"/>
   <frame tileid="99" duration="600"/>
   <frame tileid="99" duration="600"/>
   <frame tileid="100" duration="450"/>
   <frame tileid="100" duration="450"/>
   <frame tileid="99" duration="600"/>
  </animation>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="shop_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="shop_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="awning"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="facade_vent"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="lamp_top"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="lamp_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="bench"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="bin"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="bollard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="kind" value="tree_top"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="kind" value="tree_trunk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="kind" value="vending"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="bed_head"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="bed_foot"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="pod_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="101" duration="500"/>
   <frame tileid="102" duration="350"/>
   <frame tileid="103" duration="500"/>
   <frame tileid="102" duration="350"/>
  </animation>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="pod_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="104" duration="500"/>
   <frame tileid="105" duration="350"/>
   <frame tileid="106" duration="500"/>
   <frame tileid="105" duration="350"/>
  </animation>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="desk_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="desk_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="chair"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="sofa_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="kind" value="sofa_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="kind" value="plant"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="kind" value="counter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="kind" value="counter_sink"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="kind" value="stove"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="kind" value="fridge_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="kind" value="fridge_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="kind" value="table"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="bookshelf_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="bookshelf_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="wardrobe_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="wardrobe_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="floor_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="tv"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="107" duration="400"/>
   <frame tileid="108" duration="400"/>
   <frame tileid="109" duration="300"/>
   <frame tileid="108" duration="400"/>
  </animation>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="boxes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="coat_rack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="shoe_rack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="bathtub_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="bathtub_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="toilet"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="noticeboard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="mailboxes"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="neon_sign_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="110" duration="600"/>
   <frame tileid="110" duration="600"/>
   <frame tileid="111" duration="150"/>
   <frame tileid="110" duration="300"/>
   <frame tileid="111" duration="150"/>
  </animation>
 </tile>
 <tile id="79">
  <properties>
   <property name="kind" value="neon_sign_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="112" duration="600"/>
   <frame tileid="112" duration="600"/>
   <frame tileid="112" duration="600"/>
   <frame tileid="113" duration="200"/>
   <frame tileid="112" duration="400"/>
  </animation>
 </tile>
 <tile id="128">
  <properties>
   <property name="kind" value="cap_edge_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="kind" value="cap_edge_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="kind" value="cap_edge_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="kind" value="cap_corner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="kind" value="cap_corner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="kind" value="cap_corner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="kind" value="cap_corner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="kind" value="cap_outer_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="kind" value="cap_outer_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="kind" value="wall_face_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="kind" value="wall_face_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="kind" value="cap_diag_a"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="kind" value="cap_diag_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="kind" value="corridor_face_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="kind" value="corridor_face_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="kind" value="wall_cap_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="kind" value="roof_edge_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="kind" value="roof_edge_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="kind" value="facade_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="kind" value="facade_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="kind" value="roof_side_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="kind" value="roof_side_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="kind" value="roof_back"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="kind" value="roof_back_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="kind" value="roof_back_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="kind" value="roof"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="kind" value="tile_wood_se"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="kind" value="tile_wood_sw"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="kind" value="tile_wood_ne"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="kind" value="tile_wood_nw"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="kind" value="tile_wood_s"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="kind" value="tile_wood_n"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="kind" value="tile_wood_e"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="kind" value="tile_wood_w"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="kind" value="tile_wood_not_nw"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="kind" value="tile_wood_not_ne"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="kind" value="tile_wood_not_sw"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="kind" value="tile_wood_not_se"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="kind" value="tile_wood_ne_sw"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="kind" value="tile_wood_nw_se"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="kind" value="carpet_wood_se"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="kind" value="carpet_wood_sw"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="kind" value="carpet_wood_ne"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="kind" value="carpet_wood_nw"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="kind" value="carpet_wood_s"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="kind" value="carpet_wood_n"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="kind" value="carpet_wood_e"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="kind" value="carpet_wood_w"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="kind" value="carpet_wood_not_nw"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="kind" value="carpet_wood_not_ne"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="kind" value="carpet_wood_not_sw"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="kind" value="carpet_wood_not_se"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="kind" value="carpet_wood_ne_sw"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="kind" value="carpet_wood_nw_se"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="kind" value="sidewalk_road_se"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="kind" value="sidewalk_road_sw"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="kind" value="sidewalk_road_ne"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="kind" value="sidewalk_road_nw"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="kind" value="sidewalk_road_s"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="kind" value="sidewalk_road_n"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="kind" value="sidewalk_road_e"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="kind" value="sidewalk_road_w"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="kind" value="sidewalk_road_not_nw"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="kind" value="sidewalk_road_not_ne"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="kind" value="sidewalk_road_not_sw"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="kind" value="sidewalk_road_not_se"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="kind" value="sidewalk_road_ne_sw"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="kind" value="sidewalk_road_nw_se"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="kind" value="loft_floor"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="kind" value="loft_floor_b"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="kind" value="loft_floor_c"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="kind" value="brick_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="kind" value="brick_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="kind" value="brick_face_end_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="kind" value="brick_face_end_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="kind" value="brick_face_radiator"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="kind" value="loft_window_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="kind" value="loft_window_tm"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="kind" value="loft_window_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="kind" value="loft_window_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="kind" value="loft_window_bm"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="kind" value="loft_window_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="kind" value="loft_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="kind" value="easel_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="kind" value="easel_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="kind" value="canvases_stacked"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="kind" value="canvas_lean"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="kind" value="mattress_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="kind" value="mattress_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="kind" value="paint_cans"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="kind" value="work_table_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="kind" value="work_table_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="kind" value="stool"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="kind" value="hanging_bulb"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="kind" value="loft_rug"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="kind" value="plaza_paving"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="kind" value="plaza_paving_b"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="kind" value="plaza_rosette_tl"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="kind" value="plaza_rosette_tr"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="kind" value="plaza_rosette_bl"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="kind" value="plaza_rosette_br"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="kind" value="plaza_paving_band"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="kind" value="fountain_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="247" duration="250"/>
   <frame tileid="272" duration="250"/>
   <frame tileid="276" duration="250"/>
  </animation>
 </tile>
 <tile id="248">
  <properties>
   <property name="kind" value="fountain_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="248" duration="250"/>
   <frame tileid="273" duration="250"/>
   <frame tileid="277" duration="250"/>
  </animation>
 </tile>
 <tile id="249">
  <properties>
   <property name="kind" value="fountain_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="249" duration="250"/>
   <frame tileid="274" duration="250"/>
   <frame tileid="278" duration="250"/>
  </animation>
 </tile>
 <tile id="250">
  <properties>
   <property name="kind" value="fountain_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="250" duration="250"/>
   <frame tileid="275" duration="250"/>
   <frame tileid="279" duration="250"/>
  </animation>
 </tile>
 <tile id="251">
  <properties>
   <property name="kind" value="billboard_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="251" duration="600"/>
   <frame tileid="251" duration="600"/>
   <frame tileid="280" duration="600"/>
   <frame tileid="280" duration="600"/>
   <frame tileid="284" duration="600"/>
   <frame tileid="284" duration="600"/>
  </animation>
 </tile>
 <tile id="252">
  <properties>
   <property name="kind" value="billboard_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="252" duration="600"/>
   <frame tileid="252" duration="600"/>
   <frame tileid="281" duration="600"/>
   <frame tileid="281" duration="600"/>
   <frame tileid="285" duration="600"/>
   <frame tileid="285" duration="600"/>
  </animation>
 </tile>
 <tile id="253">
  <properties>
   <property name="kind" value="billboard_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="253" duration="600"/>
   <frame tileid="253" duration="600"/>
   <frame tileid="282" duration="600"/>
   <frame tileid="282" duration="600"/>
   <frame tileid="286" duration="600"/>
   <frame tileid="286" duration="600"/>
  </animation>
 </tile>
 <tile id="254">
  <properties>
   <property name="kind" value="billboard_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="254" duration="600"/>
   <frame tileid="254" duration="600"/>
   <frame tileid="283" duration="600"/>
   <frame tileid="283" duration="600"/>
   <frame tileid="287" duration="600"/>
   <frame tileid="287" duration="600"/>
  </animation>
 </tile>
 <tile id="255">
  <properties>
   <property name="kind" value="plaza_planter"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="kind" value="kiosk_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="kind" value="kiosk_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="kind" value="kiosk_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="kind" value="kiosk_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="kind" value="statue_top"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="kind" value="statue_base"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="kind" value="barrier_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="kind" value="barrier_mid"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="kind" value="barrier_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="kind" value="gallery_floor"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="kind" value="gallery_floor_b"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="kind" value="gallery_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="kind" value="gallery_painting_whale"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="kind" value="gallery_painting_portrait"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="kind" value="gallery_painting_city"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="kind" value="gallery_wall_empty"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="kind" value="gallery_plinth"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="kind" value="gallery_bench"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="kind" value="gallery_desk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="kind" value="tram_stop_sign"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="kind" value="tram_shelter_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="kind" value="tram_shelter_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="kind" value="gallery_front_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="302">
  <properties>
   <property name="kind" value="gallery_plaque"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="303">
  <properties>
   <property name="kind" value="canvases_white"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="304">
  <properties>
   <property name="kind" value="canvas_white"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="305">
  <properties>
   <property name="kind" value="easel_blank"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="306">
  <properties>
   <property name="kind" value="gallery_wall_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="307">
  <properties>
   <property name="kind" value="gallery_wall_spot"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="kind" value="aster_mural_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="309">
  <properties>
   <property name="kind" value="aster_mural_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="310">
  <properties>
   <property name="kind" value="aster_mural_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="311">
  <properties>
   <property name="kind" value="aster_mural_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="312">
  <properties>
   <property name="kind" value="hoodie_pile"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="walls" type="corner" tile="-1">
   <wangcolor name="cap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="16" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="17" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="128" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="129" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="130" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="131" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="132" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="133" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="134" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="135" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="136" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="137" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="138" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="139" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="140" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="143" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="corridor_walls" type="corner" tile="-1">
   <wangcolor name="cap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="carpet" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="5" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="6" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="16" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="22" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="128" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="129" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="130" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="131" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="132" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="133" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="134" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="135" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="136" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="139" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="140" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="141" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="142" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="143" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="loft_walls" type="corner" tile="-1">
   <wangcolor name="cap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="16" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="128" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="129" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="130" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="131" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="132" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="133" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="134" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="135" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="136" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="139" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="140" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="143" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="208" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="211" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="213" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="214" wangid="0,1,0,2,0,2,0,2"/>
  </wangset>
  <wangset name="floors" type="corner" tile="-1">
   <wangcolor name="wood" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="tile" color="#30c0ff" tile="-1" probability="1"/>
   <wangcolor name="carpet" color="#ffd030" tile="-1" probability="1"/>
   <wangtile tileid="1" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="2" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="3" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="4" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="5" wangid="0,3,0,3,0,3,0,3"/>
   <wangtile tileid="6" wangid="0,3,0,3,0,3,0,3"/>
   <wangtile tileid="160" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="161" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="162" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="163" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="164" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="165" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="166" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="167" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="168" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="169" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="170" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="171" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="172" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="173" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="176" wangid="0,1,0,3,0,1,0,1"/>
   <wangtile tileid="177" wangid="0,1,0,1,0,3,0,1"/>
   <wangtile tileid="178" wangid="0,3,0,1,0,1,0,1"/>
   <wangtile tileid="179" wangid="0,1,0,1,0,1,0,3"/>
   <wangtile tileid="180" wangid="0,1,0,3,0,3,0,1"/>
   <wangtile tileid="181" wangid="0,3,0,1,0,1,0,3"/>
   <wangtile tileid="182" wangid="0,3,0,3,0,1,0,1"/>
   <wangtile tileid="183" wangid="0,1,0,1,0,3,0,3"/>
   <wangtile tileid="184" wangid="0,3,0,3,0,3,0,1"/>
   <wangtile tileid="185" wangid="0,1,0,3,0,3,0,3"/>
   <wangtile tileid="186" wangid="0,3,0,3,0,1,0,3"/>
   <wangtile tileid="187" wangid="0,3,0,1,0,3,0,3"/>
   <wangtile tileid="188" wangid="0,3,0,1,0,3,0,1"/>
   <wangtile tileid="189" wangid="0,1,0,3,0,1,0,3"/>
  </wangset>
  <wangset name="street" type="corner" tile="-1">
   <wangcolor name="sidewalk" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="asphalt" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="9" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="12" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="13" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="192" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="193" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="194" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="195" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="196" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="197" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="198" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="199" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="200" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="201" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="202" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="203" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="204" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="205" wangid="0,2,0,1,0,2,0,1"/>
  </wangset>
 </wangsets>
</tileset>
